using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// Finds the administrative units a text names and resolves each name to one unit, using the chain
/// it stands in (广东佛山南海区) and the units the article is otherwise known to talk about.
/// </summary>
public sealed class RegionResolver(AdminGazetteer gazetteer)
{
    /// <summary>Units the texts name unambiguously, without needing any context themselves.</summary>
    public RegionContext BuildContext(IEnumerable<string?> texts, RegionContext? seed = null)
    {
        var context = seed ?? new RegionContext();
        foreach (var text in texts)
            if (!string.IsNullOrEmpty(text)) Scan(text, context, anchorsOnly: true);
        return context;
    }

    /// <summary>Every resolved mention in <paramref name="text"/>, left to right.</summary>
    public IReadOnlyList<RegionHit> Find(string? text, RegionContext context) =>
        string.IsNullOrEmpty(text) ? [] : Scan(text, context, anchorsOnly: false);

    /// <summary>
    /// The place a run of mentions is about: the first unit, narrowed by later units inside it
    /// (广东 → 佛山 → 南海区); units elsewhere do not displace it.
    /// </summary>
    public static AdminUnit? MostSpecificChain(IReadOnlyList<RegionHit> hits)
    {
        AdminUnit? current = null;
        foreach (var hit in hits)
        {
            if (current is null) current = hit.Unit;
            else if (hit.Unit != current && hit.Unit.IsWithin(current)) current = hit.Unit;
        }
        return current;
    }

    private List<RegionHit> Scan(string text, RegionContext context, bool anchorsOnly)
    {
        var hits = new List<RegionHit>();
        var matches = new List<(int Length, IReadOnlyList<GazetteerName> Values)>();
        RegionHit? previous = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsCjk(text[i]))
            {
                i++;
                continue;
            }
            matches.Clear();
            gazetteer.Names.AllAt(text, i, matches);
            RegionHit? hit = null;
            for (var m = matches.Count - 1; m >= 0 && hit is null; m--)
                hit = Resolve(text, i, matches[m].Length, matches[m].Values, previous, context, anchorsOnly);
            if (hit is null)
            {
                i++;
                continue;
            }
            hits.Add(hit);
            previous = hit;
            i = hit.End;
        }
        return hits;
    }

    private static RegionHit? Resolve(string text, int start, int length, IReadOnlyList<GazetteerName> names,
        RegionHit? previous, RegionContext context, bool anchorsOnly)
    {
        if (FollowedByNonPlace(text, start + length)) return null;
        var chained = previous is not null && previous.End == start;
        GazetteerName? best = null;
        var bestScore = int.MinValue;
        List<AdminUnit>? readings = anchorsOnly ? [] : null;
        foreach (var name in names)
        {
            var inChain = chained && name.Unit != previous!.Unit && name.Unit.IsWithin(previous.Unit);
            if (!inChain && !Acceptable(name, text, start, context, anchorsOnly)) continue;
            readings?.Add(name.Unit);
            var score = Score(name, inChain, context);
            if (score > bestScore || (score == bestScore && string.CompareOrdinal(name.Unit.Code, best!.Unit.Code) < 0))
            {
                best = name;
                bestScore = score;
            }
        }
        if (best is null) return null;
        if (readings is not null)
        {
            // An ambiguous name in anchor mode only tells what its readings share (吉林 → 吉林省).
            if (readings.Distinct().Count() == 1 || bestScore >= 100) context.Add(best.Unit);
            else context.AddCommonAncestors(readings);
        }
        var chainStart = chained && best.Unit.IsWithin(previous!.Unit) && best.Unit != previous.Unit ? previous.ChainStart : start;
        return new RegionHit(start, length, best.Unit, best, chainStart);
    }

    private static bool Acceptable(GazetteerName name, string text, int start, RegionContext context, bool anchorsOnly)
    {
        if (NameRules.CommonWords.Contains(name.Text)) return false;
        var unit = name.Unit;
        var needsContext = NameRules.GenericNames.Contains(name.Text)
            || (name.Kind == NameKind.Official && unit.Stem.Length == 0 && !unit.IsProvince)
            || (name.IsShort && unit.IsCounty);
        if (!needsContext) return true;
        if (anchorsOnly) return false;
        var known = context.Contains(unit) || context.Contains(unit.Parent) || context.Contains(unit.Province);
        return known && StartsPhrase(text, start);
    }

    private static int Score(GazetteerName name, bool inChain, RegionContext context)
    {
        var unit = name.Unit;
        var score = inChain ? 100 : 0;
        if (context.Contains(unit)) score += 60;
        if (!unit.IsProvince && unit.Parent is { IsProvince: false } city && context.Contains(city)) score += 50;
        if (!unit.IsProvince && context.Contains(unit.Province)) score += 40;
        score += name.Kind switch
        {
            NameKind.Official => 8,
            NameKind.Colloquial => 7,
            NameKind.Historic => 6,
            NameKind.Short => 5,
            _ => 4,
        };
        return score + unit.Level switch
        {
            RegionLevels.Province => 3,
            RegionLevels.City => 2,
            _ => 1,
        };
    }

    private static bool FollowedByNonPlace(string text, int end)
    {
        foreach (var follower in NameRules.NotPlaceFollowers)
            if (string.CompareOrdinal(text, end, follower, 0, follower.Length) == 0 && end + follower.Length <= text.Length)
                return true;
        return false;
    }

    private static bool StartsPhrase(string text, int start) =>
        start == 0 || !IsCjk(text[start - 1]) || NameRules.PhraseOpeners.Contains(text[start - 1], StringComparison.Ordinal);

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';
}
