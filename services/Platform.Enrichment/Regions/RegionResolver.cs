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
        ArgumentNullException.ThrowIfNull(texts);
        var context = seed ?? new RegionContext();
        foreach (var text in texts)
            if (!string.IsNullOrEmpty(text)) Scan(text, context, ScanMode.Anchors);
        return context;
    }

    /// <summary>Every resolved mention in <paramref name="text"/>, left to right.</summary>
    public IReadOnlyList<RegionHit> Find(string? text, RegionContext context) =>
        string.IsNullOrEmpty(text) ? [] : Scan(text, context, ScanMode.Mentions);

    /// <summary>
    /// The place a run of mentions is about: the first unit, narrowed by later units inside it
    /// (广东 → 佛山 → 南海区); units elsewhere do not displace it.
    /// </summary>
    public static AdminUnit? MostSpecificChain(IReadOnlyList<RegionHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        return MostSpecificChain(hits, null, 0, int.MaxValue);
    }

    /// <summary>
    /// <see cref="MostSpecificChain(IReadOnlyList{RegionHit})"/> of the hits inside [start, end) of <paramref name="text"/>,
    /// where a list of siblings (山西晋城、忻州等六地) is about what they share (山西) and ends the narrowing, a bare district
    /// listed with a town of another province (南城区、西城区和长安路街道) is that town's county's quarter, and a news
    /// outlet's or a college's city (海口网…徐闻县, 某师范大学实践队走进某县), or where people come from (来自莱阳的志愿者到招远),
    /// gives way to the next place outside it.
    /// </summary>
    public static AdminUnit? MostSpecificChain(IReadOnlyList<RegionHit> hits, string? text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(hits);
        AdminUnit? current = null;
        RegionHit? last = null;
        var outlet = false;
        foreach (var hit in hits)
        {
            if (hit.Start < start || hit.End > end) continue;
            if (current is null || (outlet && !hit.Unit.IsWithin(current))) current = hit.Unit;
            else if (hit.Unit != current && hit.Unit.IsWithin(current)) current = hit.Unit;
            else if (text is not null && last is not null && last.Unit == current && ListedQuarter.Holds(text, last, hit))
                current = hit.Unit;
            else if (text is not null && last is not null && last.Unit == current && ListedPlaces.Listed(text, last, hit)
                && ListedPlaces.SharedParent(current, hit.Unit) is { } shared)
                return shared;
            outlet = text is not null && current == hit.Unit
                && (NameSurroundings.NamesInstitution(text, hit.End) || NameSurroundings.NamesOrigin(text, hit.ChainStart));
            last = hit;
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
        if (VillageTable.MayName(text))
            foreach (var (start, length, county) in gazetteer.Villages.Find(text))
                matches.Insert(start, length, [new GazetteerName(text.Substring(start, length), county, NameKind.Village)]);
        return matches;
    }

    /// <summary>Adds to <paramref name="context"/> what the matched text names unambiguously in [from, to) (one text of <see cref="BuildContext"/>).</summary>
    internal void AddAnchors(NameMatches matches, int from, int to, RegionContext context) =>
        Scan(matches, from, to, context, ScanMode.Anchors, null, null);

    /// <summary>Every resolved mention in the whole matched text, left to right, and the names left ambiguous.</summary>
    internal void Find(NameMatches matches, RegionContext context, List<RegionHit> into, List<AmbiguousName>? ambiguous = null) =>
        Scan(matches, 0, matches.Text.Length, context, ScanMode.Mentions, into, ambiguous);

    private List<RegionHit> Scan(string text, RegionContext context, ScanMode mode)
    {
        var matches = Match(text);
        var hits = new List<RegionHit>();
        Scan(matches, 0, text.Length, context, mode, hits, null);
        return hits;
    }

    // Left to right over the names starting in [from, to): at each position the longest name that resolves
    // wins and the scan continues after it.
    private static void Scan(NameMatches matches, int from, int to, RegionContext context, ScanMode mode, List<RegionHit>? hits,
        List<AmbiguousName>? ambiguous)
    {
        var text = matches.Text;
        var starts = matches.Starts;
        var found = matches.Found;
        var readings = new List<(AdminUnit Unit, int Score)>();
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
                {
                    var resolution = Resolve(text, start, found[k].Length, found[k].Values, previous, context, mode, readings, matches.Towns);
                    hit = resolution.Hit;
                    if (resolution.Ambiguous is { } name)
                    {
                        ambiguous?.Add(name);
                        if (hit is null) break; // the longest name is the one printed: no shorter reading of it
                    }
                }
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

    // A name resolves to the best-scoring acceptable reading. A name right after its parent (北京市朝阳区) is read in
    // that chain whatever the context says; equally good readings of different units are ambiguous and resolve only
    // to what they share (桥西区 → 河北省), or to nothing (鼓楼区), unless the text tells them apart otherwise (全国文明城区).
    private static Resolution Resolve(string text, int start, int length, IReadOnlyList<GazetteerName> names,
        RegionHit? previous, RegionContext context, ScanMode mode, List<(AdminUnit Unit, int Score)> readings, PrintedTowns towns)
    {
        if (FollowedByNonPlace(text, start + length) || IsRoadName(text, start, length, names)
            || NameSurroundings.FollowedByAny(text, start, NameRules.PhrasesOverNames))
            return default;
        var chained = previous is not null && previous.End == start;
        var inAnyChain = false;
        for (var n = 0; chained && n < names.Count && !inAnyChain; n++) inAnyChain = InChain(names[n], previous!);
        GazetteerName? best = null;
        var bestScore = int.MinValue;
        readings.Clear();
        for (var n = 0; n < names.Count; n++)
        {
            var name = names[n];
            var inChain = inAnyChain && InChain(name, previous!);
            if (inAnyChain && !inChain) continue;
            // 内蒙古科尔沁草原: a county's short name before a natural region's word is the region's, even in a chain.
            if (name.IsShort && name.Unit.IsCounty && NameSurroundings.NamesNaturalRegion(text, start + length)) continue;
            // 入选“河北好人榜”: a province's honour names people of every county.
            if (name.Unit.IsProvince && NameSurroundings.NamesProvinceHonour(text, start + length)) continue;
            if (!inChain && !Acceptable(name, names, text, start, length, previous, context, mode, towns)) continue;
            var score = Score(name, context);
            readings.Add((name.Unit, score));
            if (score > bestScore || (score == bestScore && string.CompareOrdinal(name.Unit.Code, best!.Unit.Code) < 0))
            {
                best = name;
                bestScore = score;
            }
        }
        if (best is null) return default;
        var chainStart = inAnyChain ? previous!.ChainStart : start;
        var rivals = Rivals(readings, best.Unit, bestScore);
        var titled = rivals is not null && MunicipalDistrictTitle.Reading(text, rivals) is { } district ? district : null;
        if (titled is not null)
        {
            best = Reading(names, titled);
            rivals = null;
        }
        if (mode == ScanMode.Anchors)
        {
            // An ambiguous name only tells what its readings share (吉林 → 吉林省).
            if (inAnyChain || titled is not null || AllSame(readings)) context.Add(best.Unit);
            else AddCommonAncestors(readings, context);
        }
        if (rivals is null) return new Resolution(new RegionHit(start, length, best.Unit, best, chainStart), null);
        var parent = CommonParent(rivals);
        var hit = parent is null ? null : new RegionHit(start, length, parent, best, chainStart);
        return new Resolution(hit, new AmbiguousName(start, length, rivals, parent));
    }

    private readonly record struct Resolution(RegionHit? Hit, AmbiguousName? Ambiguous);

    private static GazetteerName Reading(IReadOnlyList<GazetteerName> names, AdminUnit unit)
    {
        foreach (var name in names)
            if (name.Unit.Equals(unit)) return name;
        throw new InvalidOperationException($"no reading of {unit.Code}");
    }

    private static bool InChain(GazetteerName name, RegionHit previous) =>
        name.Unit != previous.Unit && name.Unit.IsWithin(previous.Unit);

    // The units that score as well as the best one, when there are several; null when the best stands alone.
    private static List<AdminUnit>? Rivals(List<(AdminUnit Unit, int Score)> readings, AdminUnit best, int bestScore)
    {
        List<AdminUnit>? rivals = null;
        foreach (var (unit, score) in readings)
        {
            if (score != bestScore || unit.Equals(best)) continue;
            rivals ??= [best];
            if (!rivals.Contains(unit)) rivals.Add(unit);
        }
        rivals?.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return rivals;
    }

    private static AdminUnit? CommonParent(List<AdminUnit> units)
    {
        for (var u = units[0].Parent; u is not null; u = u.Parent)
        {
            var candidate = u;
            if (units.TrueForAll(x => x.IsWithin(candidate))) return candidate;
        }
        return null;
    }

    private static void AddCommonAncestors(List<(AdminUnit Unit, int Score)> readings, RegionContext context)
    {
        var units = new List<AdminUnit>(readings.Count);
        foreach (var (unit, _) in readings) units.Add(unit);
        context.AddCommonAncestors(units);
    }

    private static bool AllSame(List<(AdminUnit Unit, int Score)> readings)
    {
        for (var i = 1; i < readings.Count; i++)
            if (!readings[i].Unit.Equals(readings[0].Unit)) return false;
        return true;
    }

    private static bool Acceptable(GazetteerName name, IReadOnlyList<GazetteerName> names, string text, int start, int length,
        RegionHit? previous, RegionContext context, ScanMode mode, PrintedTowns towns)
    {
        // A full district name that reads as a word (清新区, 长寿区) is the district where it starts a phrase (近年来,清新区…).
        // A compass point and 区 (西区, 东区) is any town's west or east quarter (在西区客运站): it also needs its city in context.
        if (NameRules.CommonWords.Contains(name.Text))
            return name.Kind == NameKind.Official && name.Text[^1] == '区' && NameSurroundings.StartsPhrase(text, start)
                && (!NameRules.GenericNames.Contains(name.Text) || (mode == ScanMode.Mentions && InContext(name.Unit, context)));
        if (NameSurroundings.InTitledName(text, start, length)) return false;
        // 榕城 is 福州's literary name and the short name of 揭阳's 榕城区: before the text is read it is certain of neither,
        // and reading it as the city would outweigh the district where 揭阳 is in context.
        if (name.Kind == NameKind.Colloquial && mode == ScanMode.Anchors && !OnlyUnit(names, name.Unit)) return false;
        var requirement = Requirement(name, names);
        if (name.IsShort && !name.Unit.IsProvince && NameSurroundings.FollowedByTownWord(text, start + length)) return false; // 东湖街道 is a town, wherever it lies
        if (name.IsShort && !name.Unit.IsProvince && NameSurroundings.NamesStreetOffice(text, start + length)) return false; // so is 东城街
        if (name.IsShort && NameSurroundings.NamesVillage(text, start + length)) return false; // 河北村 is a village, wherever it lies
        if (name.Kind is NameKind.Township or NameKind.SharedTownship or NameKind.Village)
        {
            // A town's name starts a phrase or follows a unit (安福县洋门乡), never inside a word (文明村镇); 长沙乡村 is no township,
            // and 东庞村民 are villagers, not the village.
            var end = start + length;
            if (name.Text[^1] == '乡' && end < text.Length && NameRules.NotTownAfterXiang.Contains(text[end], StringComparison.Ordinal)) return false;
            if (name.Text[^1] == '村' && end < text.Length && NameRules.NotVillageAfterCun.Contains(text[end], StringComparison.Ordinal)) return false;
            if (TwoCharacterTown.Applies(name)) return TwoCharacterTown.Stands(text, start, length);
            // A town name several counties share needs its county or city in context (茂名…河东街道); right after them it
            // was read in their chain already (芜湖市张家山街道).
            if (name.Kind == NameKind.SharedTownship
                && !(mode == ScanMode.Mentions && (context.Contains(name.Unit) || context.Contains(name.Unit.Parent))))
                return false;
            var placed = (previous is not null && previous.End == start) || (start > 0 && NameRules.UnitSuffixes.Contains(text[start - 1], StringComparison.Ordinal))
                || (name.Kind == NameKind.Village && AfterTown(text, start));
            if (placed) return true;
            // 普陀区…联合万里街道: a unique town inside a phrase still counts where the text prints its county's full name, which
            // it then tells apart from the county's namesakes.
            if (!NameSurroundings.StartsPhrase(text, start))
                return name.Kind == NameKind.Township && text.Contains(name.Unit.Name, StringComparison.Ordinal);
            // A 村 whose stem is an everyday word (周围村, 隔壁村) is a phrase when it stands alone: it needs its county, city or
            // province in context.
            if (name.Kind == NameKind.Village && name.Text[^1] == '村' && NameRules.EverydayVillageStems.Contains(name.Text[..^1]))
                return mode == ScanMode.Mentions && InContext(name.Unit, context);
            return true;
        }
        if (name.IsShort && !name.Unit.IsProvince && towns.Names(text, name.Text)) return false;
        if (NameRules.EverydayWords.Contains(name.Text) && NameSurroundings.NamesCompany(text, start + length)) return false;
        if (requirement == NameRequirement.None) return true;
        if (requirement == NameRequirement.PhraseBoundary
            && (NameSurroundings.StartsPhrase(text, start) || NameSurroundings.AfterParticle(text, start, start + length)
                || NameSurroundings.CivilityBrand(text, start, start + length)
                || NameSurroundings.Slogan(text, start, start + length)
                || NameSurroundings.OutletBrand(text, start, start + length)
                || NameSurroundings.NamesBranch(text, start + length))
            && !FollowedByCountyCompound(name, text, start + length))
            return true;
        // An outlet's name (某区报, 某地新闻网) starting a phrase names its place even where the place's name is an everyday word.
        if (NameSurroundings.StartsPhrase(text, start) && NameSurroundings.NamesOutlet(text, start + length) && OnlyUnit(names, name.Unit))
            return true;
        // Otherwise the name needs its unit, city or province in context (陕西陕煤黄陵, 长沙…开福).
        if (mode == ScanMode.Anchors) return false;
        // A two-character county (寿县) whose unit the text or masthead already names counts inside a phrase too (助力寿县创建).
        if (requirement == NameRequirement.PhraseBoundary && name.Kind == NameKind.Official && context.Contains(name.Unit)
            && !FollowedByCountyCompound(name, text, start + length))
            return true;
        // A slogan (共建美丽安宁) names the local unit as a phrase start does, even by a name other places or words share.
        return InContext(name.Unit, context) && (NameSurroundings.StartsPhrase(text, start) || NameSurroundings.NamesBranch(text, start + length)
            || NameSurroundings.Slogan(text, start, start + length) || SupportedByProvince(name, names, text, start, previous));
    }

    private static bool InContext(AdminUnit unit, RegionContext context) =>
        context.Contains(unit) || context.Contains(unit.Parent) || context.Contains(unit.Province);

    private enum NameRequirement
    {
        None,
        /// <summary>A unique county name counts alone where it starts a phrase (在沛县, 海宁开展), else as <see cref="Context"/>.</summary>
        PhraseBoundary,
        /// <summary>A unit it belongs to must be in context as well.</summary>
        Context,
    }

    // Full names need nothing; generic district names and short names of counties (and of former units) need context,
    // except names that no other unit shares and that are not everyday words (海宁, 前郭, and 沛县 of a one-character stem).
    private static NameRequirement Requirement(GazetteerName name, IReadOnlyList<GazetteerName> names)
    {
        var unit = name.Unit;
        if (NameRules.GenericNames.Contains(name.Text)) return NameRequirement.Context;
        if (name.Kind == NameKind.Official && unit.Stem.Length == 0 && !unit.IsProvince)
            return unit.IsCounty && name.Text.Length == 2 && name.Text[1] == '县' ? NameRequirement.PhraseBoundary : NameRequirement.Context;
        if (!(name.IsShort && (unit.IsCounty || name.Kind == NameKind.HistoricShort))) return NameRequirement.None;
        return OnlyUnit(names, unit) && !NameRules.EverydayWords.Contains(name.Text) ? NameRequirement.PhraseBoundary : NameRequirement.Context;
    }

    private static bool OnlyUnit(IReadOnlyList<GazetteerName> names, AdminUnit unit)
    {
        foreach (var other in names)
            if (!ReferenceEquals(other.Unit, unit)) return false;
        return true;
    }

    // 某某镇东庞村: a village follows its town even where the town's name is not unique enough to resolve. A village whose name
    // starts with a town word does not (乡镇和村 is "towns and villages", not a 镇和村 after some 乡).
    private static bool AfterTown(string text, int start)
    {
        if (NameSurroundings.FollowedByTownWord(text, start)) return false;
        foreach (var word in NameRules.TownWords)
            if (word != "社区" && start >= word.Length && string.CompareOrdinal(text, start - word.Length, word, 0, word.Length) == 0) return true;
        return false;
    }

    private static bool FollowedByCountyCompound(GazetteerName name, string text, int end) =>
        name.Text[^1] == '县' && end < text.Length && NameRules.CountyCompounds.Contains(text[end], StringComparison.Ordinal);

    // 绍兴路59号, 中山东二路, 黄埔大道西: a name followed by compass points or ordinals and a road word names a road. Full
    // names of units keep their meaning (台州市路桥区).
    private static bool IsRoadName(string text, int start, int length, IReadOnlyList<GazetteerName> names)
    {
        var end = start + length;
        if (end >= text.Length || names.Count == 0 || NameRules.UnitSuffixes.Contains(text[end - 1], StringComparison.Ordinal)) return false;
        var i = end;
        while (i < text.Length && i - end < 3 && NameRules.RoadInfixes.Contains(text[i], StringComparison.Ordinal)) i++;
        foreach (var road in NameRules.RoadWords)
        {
            if (string.CompareOrdinal(text, i, road, 0, road.Length) != 0 || i + road.Length > text.Length) continue;
            var after = i + road.Length;
            return road != "路" || after >= text.Length || !NameRules.NotRoadAfterLu.Contains(text[after], StringComparison.Ordinal);
        }
        // 街 is a road only with a number (上海街3号); 北京街头 is Beijing.
        return i < text.Length && text[i] == '街' && i + 1 < text.Length
            && (char.IsAsciiDigit(text[i + 1]) || NameRules.RoadInfixes.Contains(text[i + 1], StringComparison.Ordinal) || text[i + 1] == '号');
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

    // Score weights: context that contains the unit, its city or its province, then how the name is printed and
    // how high the unit is. A chain (北京市朝阳区) is decided before scoring.
    private const int UnitInContext = 60;
    private const int CityInContext = 50;
    private const int ProvinceInContext = 40;

    private static int Score(GazetteerName name, RegionContext context)
    {
        var unit = name.Unit;
        var score = 0;
        if (context.Contains(unit)) score += UnitInContext;
        if (!unit.IsProvince && unit.Parent is { IsProvince: false } city && context.Contains(city) && !NamesakeOf(name, city))
            score += CityInContext;
        if (!unit.IsProvince && context.Contains(unit.Province)) score += ProvinceInContext;
        score += name.Kind switch
        {
            NameKind.Official => 8,
            NameKind.Colloquial => 7,
            NameKind.Historic => 6,
            NameKind.Short => 5,
            NameKind.HistoricShort => 4,
            _ => 3,
        };
        return score + unit.Level switch
        {
            RegionLevels.Province => 3,
            RegionLevels.City => 2,
            _ => 1,
        };
    }

    // 辽阳 is the short name of 辽阳市 and of its 辽阳县: the city in context speaks for the city's reading of its own name, not
    // for the county's, which is printed in full (辽阳县) where it is meant.
    private static bool NamesakeOf(GazetteerName name, AdminUnit city) =>
        name.IsShort && string.Equals(name.Text, city.Stem, StringComparison.Ordinal);

    private static bool FollowedByNonPlace(string text, int end)
    {
        foreach (var follower in NameRules.NotPlaceFollowers)
            if (string.CompareOrdinal(text, end, follower, 0, follower.Length) == 0 && end + follower.Length <= text.Length)
                return true;
        return false;
    }
}
