using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>Finds photo captions: a paragraph about a picture closed by the photographers and 摄.</summary>
internal static class PhotoCaptionDetector
{
    /// <summary>A credit such as "徐军勇 许智良 摄", "刘丽强摄", "(记者 张三 摄)" or "摄影:张三".</summary>
    public static bool IsCreditLine(ReadOnlySpan<char> line)
    {
        var names = CreditNames(line);
        if (names.IsEmpty) return false;
        var list = PersonNames.Split(names);
        if (list.Count is 0 or > 5) return false;
        foreach (var n in list)
            if (!PersonNames.IsNameToken(n)) return false;
        return true;
    }

    private static ReadOnlySpan<char> CreditNames(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line);
        if (line.Length >= 2 && line[0] is '(' or '（' && line[^1] is ')' or '）') line = ChineseText.Trim(line[1..^1]);
        if (line.Length < 3 || ChineseText.VisibleLength(line) > 32) return default;
        if (line.EndsWith("摄影", StringComparison.Ordinal)) return ChineseText.Trim(line[..^2]).TrimEnd('/');
        if (line[^1] == '摄') return ChineseText.Trim(line[..^1]).TrimEnd('/');
        if (line.StartsWith("摄影", StringComparison.Ordinal) && line.Length > 3 && line[2] is ':' or '：' or '/' or ' ')
            return ChineseText.Trim(line[3..]);
        return default;
    }

    /// <summary>Where a credit printed at the end of a caption paragraph starts, or -1.</summary>
    public static int TrailingCreditStart(ReadOnlySpan<char> paragraph)
    {
        var end = paragraph.Length;
        if (end < 4) return -1;
        var last = paragraph[end - 1];
        if (last != '摄' && last is not (')' or '）')) return -1;
        var boundary = paragraph.LastIndexOfAny("。！？!?”");
        if (boundary < 0 || end - boundary > 34) return -1;
        var start = boundary + 1;
        while (start < end && ChineseText.IsSpace(paragraph[start])) start++;
        return start < end && IsCreditLine(paragraph[start..]) ? start : -1;
    }

    public static Byline Credit(string raw) =>
        new(raw, PersonNames.Split(CreditNames(raw)), null, BylineKind.Photographer);
}
