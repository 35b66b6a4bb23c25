namespace Platform.Enrichment.Regions;

/// <summary>
/// The capital named only as the venue of a national event (全国精神文明建设表彰大会在北京召开,会上…我市5个村获得…): local news
/// reports what the national meeting gave its own places, so the capital is no place the story is about. Its hits are
/// left out when the article's place is decided, where the text names any other place; they stay among the mentions.
/// A national meeting held elsewhere (全国…现场会在某县召开) is the host's news and is not touched.
/// </summary>
internal static class NationalEventVenue
{
    private const string Capital = "110000";
    private static readonly string[] NationalWords = ["全国", "中央", "国家"];

    /// <summary>The hits without the capital's national-event venues, or null when there are none or nothing else is named.</summary>
    public static List<RegionHit>? Without(List<RegionHit> hits, string text)
    {
        if (!hits.Exists(h => IsNationalVenue(h, text))) return null;
        var rest = hits.FindAll(h => !IsNationalVenue(h, text));
        return rest.Count > 0 ? rest : null;
    }

    private static bool IsNationalVenue(RegionHit hit, string text)
    {
        if (hit.Unit.Province.Code != Capital) return false;
        var start = Sentences.StartOf(text, hit.ChainStart);
        var end = Sentences.EndOf(text, hit.End);
        var before = text.AsSpan(start, hit.ChainStart - start);
        foreach (var word in NationalWords)
            if (before.Contains(word, StringComparison.Ordinal)) return CityEventVenue.HeldAt(text, hit, end);
        return false;
    }
}
