using Platform.Text;
using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A place printed alone as the example of a longer list (命名某市某区某镇等283个地方为示范单位): the sentence is about the
/// list, not the place; so is a place introduced as an example (像天台县…). A list of places (晋城、忻州等六地) is read by
/// <see cref="ListedPlaces"/>.
/// </summary>
internal static class ListExample
{
    private const string Counters = "0123456789一二三四五六七八九十百千两几多";

    /// <summary>True when the last mention of <paramref name="unit"/> in [start, end) is followed by 等 and a count, and stands alone.</summary>
    public static bool Holds(List<RegionHit> hits, string text, int start, int end, AdminUnit unit)
    {
        RegionHit? last = null;
        foreach (var hit in hits)
            if (hit.Start >= start && hit.End <= end && hit.Unit == unit) last = hit;
        if (last is null) return false;
        var chainStart = last.ChainStart;
        if (chainStart > 0 && NameRules.ListSeparators.Contains(text[chainStart - 1], StringComparison.Ordinal)) return false;
        return CountedAfter(text, last.End);
    }

    /// <summary>
    /// True when hit <paramref name="i"/> is introduced as an example (如某县, 如某县某镇, 比如, 例如), or stands in a clause that
    /// opens as one (像天台县的白鹤镇): it illustrates what the text says of a larger unit and does not narrow it.
    /// </summary>
    public static bool Introduced(string text, List<RegionHit> hits, int i)
    {
        // A town right after its county (天台县白鹤镇) is introduced with it.
        while (i > 0 && hits[i - 1].End == hits[i].ChainStart) i--;
        var at = hits[i].ChainStart;
        if (at > 0 && ExampleMarkers.Contains(text[at - 1], StringComparison.Ordinal)) return true;
        var clause = at;
        while (clause > 0 && !ClauseEnds.Contains(text[clause - 1], StringComparison.Ordinal)) clause--;
        foreach (var word in ClauseMarkers)
            if (string.CompareOrdinal(text, clause, word, 0, word.Length) == 0) return true;
        return false;
    }

    // The last character of 像, 如, 比如, 例如, 譬如, 诸如.
    private const string ExampleMarkers = "像如";

    // 如 alone opens many clauses that are no example (如今, 如果).
    private static readonly string[] ClauseMarkers = ["像", "比如", "例如", "譬如", "诸如"];

    private const string ClauseEnds = ",,。;;!!??、::\n";

    // 等283个 right after the place, or after its town or village (某区某镇等283个).
    private static bool CountedAfter(string text, int from)
    {
        var at = from;
        while (at < text.Length && at - from < NameRules.MaxListedPlaceLength && text[at] != '等' && HanCharacters.IsHan(text[at])) at++;
        if (at + 1 >= text.Length || text[at] != '等' || (at > from && !ListedPlaces.EndsWithPlaceWord(text, at))) return false;
        return Counters.Contains(text[at + 1], StringComparison.Ordinal);
    }
}
