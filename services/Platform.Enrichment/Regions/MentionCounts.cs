using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>The last resorts for an article's place, where only how often units are mentioned decides.</summary>
internal static class MentionCounts
{
    // The unit mentioned most often; among equals the one mentioned first. The head of a chain counts for the unit the
    // chain ends in (河北省保定 is one mention of 保定, none of 河北).
    public static AdminUnit? MostMentioned(List<RegionHit> hits)
    {
        AdminUnit? best = null;
        var bestCount = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            if (HeadsChain(hits, i)) continue;
            var unit = hits[i].Unit;
            var seenBefore = false;
            for (var j = 0; j < i && !seenBefore; j++) seenBefore = !HeadsChain(hits, j) && hits[j].Unit.Equals(unit);
            if (seenBefore) continue;
            var count = 1;
            for (var j = i + 1; j < hits.Count; j++)
                if (!HeadsChain(hits, j) && hits[j].Unit.Equals(unit)) count++;
            if (count > bestCount)
            {
                best = unit;
                bestCount = count;
            }
        }
        return best;
    }

    /// <summary>
    /// True when hit <paramref name="i"/> heads a chain the next hit continues (湖北 of 湖北省保定), or is a county its town
    /// follows (密云区 of 密云区古北口镇): one mention of the place the chain ends in.
    /// </summary>
    public static bool HeadsChain(List<RegionHit> hits, int i) =>
        i + 1 < hits.Count && (hits[i + 1].ChainStart == hits[i].ChainStart || (hits[i + 1].Start == hits[i].End && hits[i + 1].Unit == hits[i].Unit));

    // Where only the count decides: a text naming several counties of one city, none of them in most of those mentions
    // (我市…宁城县习字镇、元宝山区…敖汉旗), is about the city.
    /// <summary>
    /// True when [start, end) mentions a place in <paramref name="unit"/> (chain heads aside), and every such mention has
    /// <paramref name="role"/>: the one loop behind "only as the venue" and "only among the speakers".
    /// </summary>
    public static bool EveryMentionIs(List<RegionHit> hits, int start, int end, AdminUnit unit, Func<RegionHit, bool> role)
    {
        var any = false;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Start < start || hit.End > end || !hit.Unit.IsWithin(unit) || HeadsChain(hits, i)) continue;
            if (!role(hit)) return false;
            any = true;
        }
        return any;
    }

    public static AdminUnit? SharedCity(List<RegionHit> hits)
    {
        var counts = new Dictionary<AdminUnit, int>();
        AdminUnit? city = null;
        var total = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            if (HeadsChain(hits, i)) continue;
            var unit = hits[i].Unit;
            if (!unit.IsCounty)
            {
                if (city is not null && !city.IsWithin(unit)) return null;
                continue;
            }
            if (unit.Parent is not { } parent || (city is not null && parent != city)) return null;
            city = parent;
            counts[unit] = counts.GetValueOrDefault(unit) + 1;
            total++;
        }
        if (city is null || counts.Count < 2) return null;
        foreach (var hit in hits)
            if (!hit.Unit.IsCounty && !city.IsWithin(hit.Unit)) return null;
        return counts.Values.Max() * 2 > total ? null : city;
    }
}
