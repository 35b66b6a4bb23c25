using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A county that a sentence names only as the venue of its city's event (我市…推进会在宜兴召开, 省暨合肥市…在肥西县工人文化宫举行):
/// the sentence is about the city.
/// </summary>
internal static class CityEventVenue
{
    public static bool Holds(List<RegionHit> hits, string text, int start, int end, AdminUnit county, AdminUnit city)
    {
        var cityNamed = CityWideSentence.SpeaksForCity(text.AsSpan(start, end - start));
        var venue = false;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Start < start || hit.End > end) continue;
            if (hit.Unit == city && !MentionCounts.HeadsChain(hits, i)) cityNamed = true;
            if (!hit.Unit.IsWithin(county) || MentionCounts.HeadsChain(hits, i)) continue;
            if (hit.ChainStart == 0 || text[hit.ChainStart - 1] != '在' || !HeldAfter(text, hit.End, end)) return false;
            venue = true;
        }
        return venue && cityNamed;
    }

    // 在肥西县工人文化宫举行: an event word follows the venue in its sentence.
    private static bool HeldAfter(string text, int from, int end)
    {
        var rest = text.AsSpan(from, end - from);
        foreach (var word in EventWords)
            if (rest.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] EventWords = ["召开", "举行", "举办"];
}
