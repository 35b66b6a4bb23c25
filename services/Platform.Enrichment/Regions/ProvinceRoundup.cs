using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A text that opens on one city's scene (清晨,一辆公交车上,山东潍坊…) but names its province on its own (山东省深入开展…) and
/// <see cref="MinCities"/> or more of the province's cities in turn (潍坊…青岛…济南) is the province's round-up: the cities are
/// its examples, the first of them only its opening scene.
/// </summary>
internal static class ProvinceRoundup
{
    private const int MinCities = 3;

    /// <summary>The province of <paramref name="opening"/>, when the text is a round-up of that province's cities.</summary>
    public static AdminUnit? Of(List<RegionHit> hits, AdminUnit opening)
    {
        if (opening.IsProvince) return null;
        var province = opening.Province;
        var namedAlone = false;
        var cities = new HashSet<AdminUnit>();
        for (var i = 0; i < hits.Count; i++)
        {
            var unit = hits[i].Unit;
            if (unit.Province != province || MentionCounts.HeadsChain(hits, i)) continue;
            if (unit == province) namedAlone = true;
            else if ((unit.IsCounty ? unit.Parent : unit) is { Level: RegionLevels.City } city) cities.Add(city);
        }
        return namedAlone && cities.Count >= MinCities ? province : null;
    }
}
