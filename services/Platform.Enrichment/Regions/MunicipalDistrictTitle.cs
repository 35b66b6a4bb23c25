using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// 全国文明城区 is the title only the districts of the four municipalities compete for (other cities' districts share their
/// city's 全国文明城市): a text that names it reads a district name both kinds of city have (宝山区, 普陀区) as the
/// municipality's.
/// </summary>
internal static class MunicipalDistrictTitle
{
    private const string Title = "全国文明城区";

    /// <summary>The one municipality's district among <paramref name="readings"/>, when <paramref name="text"/> names the title.</summary>
    public static AdminUnit? Reading(string text, List<AdminUnit> readings)
    {
        AdminUnit? district = null;
        foreach (var unit in readings)
        {
            // A municipality's districts lie right under it, as a province's counties do under no other city.
            if (!unit.IsCounty || unit.Parent is not { IsProvince: true }) continue;
            if (district is not null) return null;
            district = unit;
        }
        return district is not null && text.Contains(Title, StringComparison.Ordinal) ? district : null;
    }
}
