using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// 台湾, 香港 and 澳门 in the mainland's civilization news are mostly where people and outlets come from (记台湾社区营造师,
/// 来自台湾台中的小伙, 香港商报讯): where the text also names a place of the mainland, the story happens there.
/// </summary>
internal static class BeyondMainland
{
    private static readonly string[] Codes = ["710000", "810000", "820000"];

    public static bool Holds(AdminUnit unit) => Codes.Contains(unit.Province.Code, StringComparer.Ordinal);

    /// <summary>The hits of mainland places, or null when the text names none (or only such places).</summary>
    public static List<RegionHit>? MainlandHits(List<RegionHit> hits)
    {
        var mainland = hits.FindAll(h => !Holds(h.Unit));
        return mainland.Count == 0 || mainland.Count == hits.Count ? null : mainland;
    }
}
