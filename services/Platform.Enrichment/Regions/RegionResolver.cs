using Platform.Text;
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

    /// <summary>
    /// The gazetteer names starting at each CJK position of <paramref name="text"/>, shortest first per position:
    /// walked once per text, then read by every scan of it (context, then mentions).
    /// </summary>
    internal NameMatches Match(string text, NameMatches? into = null)
    {
        var matches = into ?? new NameMatches();
        matches.Reset(text);
        var names = gazetteer.Names;
        var found = matches.Found;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!HanCharacters.IsHan(c) || !names.StartsAnyKey(c)) continue;
            var before = found.Count;
            names.AllAt(text, i, found);
            for (var m = before; m < found.Count; m++) matches.Starts.Add(i);
        }
        return matches;
    }

    /// <summary>Adds to <paramref name="context"/> what the matched text names unambiguously in [from, to) (one text of <see cref="BuildContext"/>).</summary>
    internal void AddAnchors(NameMatches matches, int from, int to, RegionContext context) =>
        Scan(matches, from, to, context, anchorsOnly: true, null);

    /// <summary>Every resolved mention in the whole matched text, left to right.</summary>
    internal void Find(NameMatches matches, RegionContext context, List<RegionHit> into) =>
        Scan(matches, 0, matches.Text.Length, context, anchorsOnly: false, into);

    private List<RegionHit> Scan(string text, RegionContext context, bool anchorsOnly)
    {
        var matches = Match(text);
        var hits = new List<RegionHit>();
        Scan(matches, 0, text.Length, context, anchorsOnly, hits);
        return hits;
    }

    // Left to right over the names starting in [from, to): at each position the longest name that resolves
    // wins and the scan continues after it.
    private static void Scan(NameMatches matches, int from, int to, RegionContext context, bool anchorsOnly, List<RegionHit>? hits)
    {
        var text = matches.Text;
        var starts = matches.Starts;
        var found = matches.Found;
        List<AdminUnit>? readings = anchorsOnly ? [] : null;
        RegionHit? previous = null;
        var next = from;
        var m = starts.BinarySearch(from);
        if (m < 0) m = ~m;
        else while (m > 0 && starts[m - 1] == from) m--;
        while (m < starts.Count)
        {
            var start = starts[m];
            if (start >= to) break;
            var last = m;
            while (last + 1 < starts.Count && starts[last + 1] == start) last++;
            if (start >= next)
            {
                RegionHit? hit = null;
                for (var k = last; k >= m && hit is null; k--)
                    hit = Resolve(text, start, found[k].Length, found[k].Values, previous, context, readings);
                if (hit is not null)
                {
                    hits?.Add(hit);
                    previous = hit;
                    next = hit.End;
                }
            }
            m = last + 1;
        }
    }

    private static RegionHit? Resolve(string text, int start, int length, IReadOnlyList<GazetteerName> names,
        RegionHit? previous, RegionContext context, List<AdminUnit>? readings)
    {
        var anchorsOnly = readings is not null;
        if (FollowedByNonPlace(text, start + length)) return null;
        var chained = previous is not null && previous.End == start;
        GazetteerName? best = null;
        var bestScore = int.MinValue;
        readings?.Clear();
        for (var n = 0; n < names.Count; n++)
        {
            var name = names[n];
            var inChain = chained && name.Unit != previous!.Unit && name.Unit.IsWithin(previous.Unit);
            if (!inChain && !Acceptable(name, names, text, start, previous, context, anchorsOnly)) continue;
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
            if (AllSame(readings) || bestScore >= 100) context.Add(best.Unit);
            else context.AddCommonAncestors(readings);
        }
        var chainStart = chained && best.Unit.IsWithin(previous!.Unit) && best.Unit != previous.Unit ? previous.ChainStart : start;
        return new RegionHit(start, length, best.Unit, best, chainStart);
    }

    private static bool AllSame(List<AdminUnit> units)
    {
        for (var i = 1; i < units.Count; i++)
            if (!units[i].Equals(units[0])) return false;
        return true;
    }

    private static bool Acceptable(GazetteerName name, IReadOnlyList<GazetteerName> names, string text, int start,
        RegionHit? previous, RegionContext context, bool anchorsOnly)
    {
        if (NameRules.CommonWords.Contains(name.Text)) return false;
        var unit = name.Unit;
        var needsContext = NameRules.GenericNames.Contains(name.Text)
            || (name.Kind == NameKind.Official && unit.Stem.Length == 0 && !unit.IsProvince)
            || (name.IsShort && unit.IsCounty);
        if (!needsContext) return true;
        if (anchorsOnly) return false;
        var known = context.Contains(unit) || context.Contains(unit.Parent) || context.Contains(unit.Province);
        return known && (StartsPhrase(text, start) || SupportedByProvince(name, names, text, start, previous));
    }

    /// <summary>
    /// A county name inside a word (陕西陕煤黄陵矿业: 黄陵 after 煤) still counts when its province was named just
    /// before in the same phrase and no other unit of that province is printed the same way.
    /// </summary>
    private static bool SupportedByProvince(GazetteerName name, IReadOnlyList<GazetteerName> names, string text, int start, RegionHit? previous)
    {
        var unit = name.Unit;
        if (previous is null || !previous.Unit.IsProvince || !unit.IsCounty || !ReferenceEquals(unit.Province, previous.Unit)) return false;
        if (NameRules.GenericNames.Contains(name.Text)) return false;
        var gap = start - previous.End;
        if (gap is <= 0 or > NameRules.MaxProvinceGap) return false;
        for (var i = previous.End; i < start; i++)
            if (!HanCharacters.IsHan(text[i]) || NameRules.PhraseOpeners.Contains(text[i], StringComparison.Ordinal)) return false;
        foreach (var other in names)
            if (!ReferenceEquals(other.Unit, unit) && ReferenceEquals(other.Unit.Province, previous.Unit)) return false;
        return true;
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
        start == 0 || !HanCharacters.IsHan(text[start - 1]) || NameRules.PhraseOpeners.Contains(text[start - 1], StringComparison.Ordinal);

}
