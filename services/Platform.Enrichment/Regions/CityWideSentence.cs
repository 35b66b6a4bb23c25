using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A sentence about its whole city (全市, 我市, 各区县) that names two or more of the city's counties side by side
/// (全市…交流会,藁城区…家庭被命名为…,正定县…被命名为…) is about the city, not the first county named.
/// </summary>
internal static class CityWideSentence
{
    // 各区县 (each district and county) opens a round-up of what the city's counties did, one after another.
    private static readonly string[] EveryCountyWords = ["各区县", "各县区", "各县市区"];

    private static readonly string[] CityWords = ["全市", "我市", .. EveryCountyWords];

    /// <summary>True when the text speaks of each of its city's counties (各区县开展…): a round-up, not one county's news.</summary>
    public static bool NamesEveryCounty(ReadOnlySpan<char> text)
    {
        foreach (var word in EveryCountyWords)
            if (text.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>True when the sentence speaks for its whole city (全市, 我市, 各区县).</summary>
    public static bool SpeaksForCity(ReadOnlySpan<char> sentence)
    {
        foreach (var word in CityWords)
            if (sentence.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The city the counties named in [start, end) share, when the sentence speaks for the whole city.</summary>
    public static AdminUnit? City(List<RegionHit> hits, string text, int start, int end)
    {
        if (!SpeaksForCity(text.AsSpan(start, end - start))) return null;
        AdminUnit? city = null;
        AdminUnit? first = null;
        var several = false;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Start < start || hit.End > end || MentionCounts.HeadsChain(hits, i)) continue;
            // The city itself may be named too (…禹城市某家庭获评,德州市妇联获评), a municipality as well (重庆市…渝中区).
            var parent = hit.Unit.IsCounty ? hit.Unit.Parent : hit.Unit.Level == RegionLevels.City || hit.Unit == city ? hit.Unit : null;
            if (parent is null || (city is not null && parent != city)) return null;
            city = parent;
            if (!hit.Unit.IsCounty) continue;
            if (first is null) first = hit.Unit;
            else if (hit.Unit != first) several = true;
        }
        return several ? city : null;
    }
}
