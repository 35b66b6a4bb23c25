using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// Units an article (and its bulletin) certainly talks about, with their ancestors. Ambiguous and
/// short names are resolved against it: 开福 counts as 开福区 only where 长沙 or 湖南 is in context.
/// </summary>
public sealed class RegionContext
{
    private readonly HashSet<AdminUnit> _units = [];

    public static RegionContext Empty => new();

    public bool Contains(AdminUnit? unit) => unit is not null && _units.Contains(unit);

    public int Count => _units.Count;

    /// <summary>Adds the unit and all its ancestors.</summary>
    public void Add(AdminUnit unit)
    {
        for (var u = unit; u is not null; u = u.Parent) _units.Add(u);
    }

    /// <summary>Adds what an ambiguous name certainly implies: the ancestors all its readings share.</summary>
    public void AddCommonAncestors(IReadOnlyList<AdminUnit> readings)
    {
        if (readings.Count == 0) return;
        for (var u = readings[0]; u is not null; u = u.Parent)
        {
            var candidate = u;
            if (readings.All(r => r.IsWithin(candidate)))
            {
                Add(candidate);
                return;
            }
        }
    }
}
