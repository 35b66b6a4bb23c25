using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A feature that opens on a scene in one county (走进某县某镇某村…) and goes on to speak for its city (近年来,我市聚焦…) while
/// naming other counties of that city (在某区某镇…, 某县某村…) is the city's: the opening county is its first example. A
/// county-level city (某某市) may be the 我市 itself, so it stays.
/// </summary>
internal static class CityFeature
{
    /// <summary>
    /// The city of <paramref name="county"/>, when the text after the opening (from <paramref name="openingEnd"/>) speaks for
    /// its city, names another county of it, and names no county of another city.
    /// </summary>
    public static AdminUnit? City(List<RegionHit> hits, string text, int openingEnd, AdminUnit county)
    {
        if (!county.IsCounty || county.Parent is not { } city || county.Name.EndsWith('市')) return null;
        if (openingEnd >= text.Length || !CityWideSentence.SpeaksForCity(text.AsSpan(openingEnd))) return null;
        var other = false;
        for (var i = 0; i < hits.Count; i++)
        {
            var unit = hits[i].Unit;
            if (MentionCounts.HeadsChain(hits, i) || city.IsWithin(unit)) continue;
            if (!unit.IsWithin(city)) return null;
            if (hits[i].Start >= openingEnd && unit.IsCounty && unit != county) other = true;
        }
        return other ? city : null;
    }
}
