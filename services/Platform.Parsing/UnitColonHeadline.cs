namespace Platform.Parsing;

/// <summary>
/// 某某镇:多措并举抓治理,常态长效见实效 opening the page right above its long first paragraph: a unit's name closed by
/// a colon, then a short phrase with at most one comma and no sentence end, is the common headline of a local report,
/// even with no blank line under it; a wrapped body line is as long as the line under it.
/// </summary>
internal static class UnitColonHeadline
{
    private static readonly string[] UnitEndings =
        ["镇", "乡", "村", "街道", "社区", "县", "区", "市", "中心", "局", "委", "办", "部", "站", "所", "馆", "院", "校"];

    private const int MaxUnit = 12;
    private const int MaxHeadline = 30;
    private const int MinLead = 40;

    /// <summary>True when <paramref name="first"/> (simplified) is such a headline over <paramref name="next"/>, its first paragraph.</summary>
    public static bool Opens(ReadOnlySpan<char> first, ReadOnlySpan<char> next)
    {
        first = ChineseText.Trim(first);
        var colon = first.IndexOfAny(":：");
        if (colon < 2 || colon > MaxUnit || colon == first.Length - 1) return false;
        var unit = first[..colon];
        if (!Platform.Text.HanCharacters.AreAllHan(unit) || !EndsLikeUnit(unit)) return false;
        var headline = first[(colon + 1)..];
        if (ChineseText.VisibleLength(first) > MaxHeadline || ChineseText.EndsSentence(headline) || headline.IndexOfAny("。；;:：、()（）") >= 0) return false;
        if (headline.Count(',') + headline.Count('，') > 1) return false;
        var lead = ChineseText.VisibleLength(next);
        return lead >= MinLead && ChineseText.VisibleLength(first) * 2 <= lead && ChineseText.EndsSentence(ChineseText.Trim(next));
    }

    private static bool EndsLikeUnit(ReadOnlySpan<char> unit)
    {
        foreach (var ending in UnitEndings)
            if (unit.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }
}
