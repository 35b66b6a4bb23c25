using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// An opening that speaks for its city (我市…) while naming only its province, inside an institution's name (安徽某大学),
/// is about the one city of that province the text names elsewhere, often only as an adjective (淮南地域文化).
/// </summary>
internal static class OurCity
{
    /// <summary>The city, when the sentence [start, end) speaks for its city and the text names exactly one city of <paramref name="province"/>.</summary>
    public static AdminUnit? Of(List<RegionHit> hits, string text, int start, int end, AdminUnit province)
    {
        if (!province.IsProvince || !CityWideSentence.SpeaksForCity(text.AsSpan(start, end - start))) return null;
        AdminUnit? city = null;
        foreach (var hit in hits)
        {
            var unit = hit.Unit.IsCounty ? hit.Unit.Parent : hit.Unit;
            if (unit is not { Level: RegionLevels.City } || unit.Parent != province) continue;
            if (city is not null && unit != city) return null;
            city = unit;
        }
        return city;
    }
}
