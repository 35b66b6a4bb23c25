using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A county that a sentence names only as the venue of its city's event (我市…推进会在宜兴召开, 省暨合肥市…在肥西县工人文化宫举行):
/// the sentence is about the city.
/// </summary>
internal static class CityEventVenue
{
    public static bool Holds(List<RegionHit> hits, string text, int start, int end, AdminUnit county, AdminUnit city) =>
        (CityWideSentence.SpeaksForCity(text.AsSpan(start, end - start)) || NamedAlone(hits, start, end, city))
        && OnlyVenue(hits, text, start, end, county);

    /// <summary>True when [start, end) names <paramref name="unit"/> on its own, not as the head of a chain (湖州市 of 湖州市吴兴区).</summary>
    public static bool NamedAlone(List<RegionHit> hits, int start, int end, AdminUnit unit)
    {
        for (var i = 0; i < hits.Count; i++)
            if (hits[i].Start >= start && hits[i].End <= end && hits[i].Unit == unit && !MentionCounts.HeadsChain(hits, i)) return true;
        return false;
    }

    /// <summary>
    /// True when every place [start, end) names in <paramref name="venue"/> is where an event is held (在宜兴召开, 在肥西县工人文化宫举行),
    /// and there is one.
    /// </summary>
    public static bool OnlyVenue(List<RegionHit> hits, string text, int start, int end, AdminUnit venue) =>
        MentionCounts.EveryMentionIs(hits, start, end, venue, hit => HeldAt(text, hit, end));

    /// <summary>True when <paramref name="hit"/> is where an event is held (在宜兴召开), by an event word before <paramref name="end"/>.</summary>
    public static bool HeldAt(string text, RegionHit hit, int end) =>
        hit.ChainStart > 0 && text[hit.ChainStart - 1] == '在' && HeldAfter(text, hit.End, end);

    // 在肥西县工人文化宫举行: an event word follows the venue in its sentence.
    private static bool HeldAfter(string text, int from, int end)
    {
        var rest = text.AsSpan(from, end - from);
        foreach (var word in EventWords)
            if (rest.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] EventWords = ["召开", "举行", "举办", "开幕"];
}
