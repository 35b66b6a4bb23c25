namespace Platform.Enrichment.Gazetteer;

/// <summary>The level names used in <see cref="Contracts.Documents.Region.Level"/>.</summary>
public static class RegionLevels
{
    public const string Province = "province";
    public const string City = "city";
    public const string County = "county";
}
