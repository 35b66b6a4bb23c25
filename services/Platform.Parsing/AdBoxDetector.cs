namespace Platform.Parsing;

/// <summary>Sponsor and advertisement boxes: short stacked lines naming a campaign and its co-organisers.</summary>
internal static class AdBoxDetector
{
    private static readonly string[] EndMarkers = ["联办", "协办", "主办", "承办", "冠名", "赞助", "鸣谢", "独家支持"];
    private static readonly string[] Anywhere = ["征文", "广告", "招商", "赞助"];

    public static bool IsSponsorLine(ReadOnlySpan<char> line)
    {
        foreach (var m in EndMarkers)
            if (line.EndsWith(m, StringComparison.Ordinal)) return true;
        foreach (var m in Anywhere)
            if (line.Contains(m, StringComparison.Ordinal)) return true;
        return line.Length is >= 3 and <= 12 && line[^1] == '杯';
    }

    /// <summary>A single line is an ad only when it names co-organisers; otherwise at least two lines are needed.</summary>
    public static bool IsStrongSponsorLine(ReadOnlySpan<char> line)
    {
        foreach (var m in EndMarkers)
            if (line.EndsWith(m, StringComparison.Ordinal)) return true;
        return false;
    }
}
