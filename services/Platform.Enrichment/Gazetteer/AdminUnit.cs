using Platform.Contracts.Documents;

namespace Platform.Enrichment.Gazetteer;

/// <summary>One administrative division of the gazetteer.</summary>
/// <param name="Code">6-digit GB/T 2260 code.</param>
/// <param name="Level">"province", "city" (prefecture level) or "county".</param>
/// <param name="Name">Official name (开福区).</param>
/// <param name="Parent">The unit directly above, or null for provinces.</param>
/// <param name="Stem">Short name without the administrative suffix (开福), or empty when it would be one character.</param>
public sealed record AdminUnit(string Code, string Level, string Name, AdminUnit? Parent, string Stem)
{
    /// <summary>Value equality as records have it (same code, level, name, stem and parent), with a fast path for the same instance.</summary>
    public bool Equals(AdminUnit? other) =>
        ReferenceEquals(this, other)
        || (other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal)
            && string.Equals(Level, other.Level, StringComparison.Ordinal) && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(Stem, other.Stem, StringComparison.Ordinal) && Equals(Parent, other.Parent));

    /// <summary>Hashed by code alone: the compiler's record hash walks every field and the whole parent chain,
    /// and units are looked up in sets for every name the resolver weighs.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    public AdminUnit Province => Parent is null ? this : Parent.Province;

    public bool IsProvince => Level == RegionLevels.Province;

    public bool IsCounty => Level == RegionLevels.County;

    /// <summary>True when <paramref name="other"/> is this unit or one of its ancestors.</summary>
    public bool IsWithin(AdminUnit other)
    {
        for (var u = this; u is not null; u = u.Parent)
            if (ReferenceEquals(u, other)) return true;
        return false;
    }

    public Region ToRegion()
    {
        var city = Level switch
        {
            RegionLevels.City => Name,
            RegionLevels.County when Parent is { Level: RegionLevels.City } p => p.Name,
            _ => null,
        };
        return new Region(Code, Level, Name, Province.Name, city, IsCounty ? Name : null);
    }
}
