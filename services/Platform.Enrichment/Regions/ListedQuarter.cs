using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A district's name printed bare in a list with a town of another province (我市南城区、西城区和长安路街道): county-level
/// cities call their quarters 西城区 or 南城区 too, and siblings of a street office are that county's quarters, not the
/// capital's district.
/// </summary>
internal static class ListedQuarter
{
    /// <summary>Whether <paramref name="district"/>, listed right before <paramref name="town"/>, is a quarter of the town's county.</summary>
    public static bool Holds(string text, RegionHit district, RegionHit town) =>
        district.ChainStart == district.Start
        && district.Name.Kind == NameKind.Official && district.Unit.IsCounty && district.Name.Text[^1] == '区'
        && town.Name.Kind is NameKind.Township or NameKind.SharedTownship
        && !ReferenceEquals(district.Unit.Province, town.Unit.Province)
        && ListedPlaces.Listed(text, district, town);
}
