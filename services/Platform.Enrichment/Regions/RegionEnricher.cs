using Platform.Text;
using Platform.Contracts.Documents;
using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// Primary and mentioned regions. The primary region is where the article happens: the place its title names (unless only
/// as a news outlet's name), else its subtitle or kicker, first sentence, first paragraph (after a leading photo caption),
/// the province a 我省 opening speaks for, supplying office, newsflash lead, a gallery's first picture, the city whose
/// counties it mentions, the region it mentions most; a place of the mainland comes before 台湾, 香港 or 澳门, where people
/// and outlets come from. Then, for a photo, the place an earlier photo of its run names, the photo set's introduction
/// names, a later photo of its run names or the story its credit also covers names; and last the bulletin's own region
/// (首都 briefings, the outlet of the page's meta line).
/// </summary>
public sealed class RegionEnricher(AdminGazetteer gazetteer) : IEnricher
{
    private readonly RegionResolver _resolver = new(gazetteer);

    public string Name => "regions";

    public string Version => "1.2.0";

    public void Enrich(ArticleText article, EnrichmentDraft draft) => draft.Regions = Resolve(article);

    public Contracts.Documents.Regions Resolve(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var regions = Resolve(article, out var home);
        if (regions.Primary is not null) return regions;
        var place = GroupPlace(article) ?? IntroducedPlace(article) ?? LaterGroupPlace(article) ?? ReportedPlace(article) ?? home?.ToRegion();
        return place is null ? regions : regions with { Primary = place };
    }

    // The place of the nearest earlier photo of the run that names one of its own (not the bulletin's home).
    private Region? GroupPlace(ArticleText article) => RunPlace(PhotoGroup.Earlier(article.Article, article.Context.Preceding), article);

    // The place of the nearest later photo of the run that names one of its own: the run's first captions may name none.
    private Region? LaterGroupPlace(ArticleText article) => RunPlace(PhotoGroup.Later(article.Article, article.Context.Following), article);

    // The nearest photo's place, unless the next photo that names a place names another county of the same city: the run
    // is then a gallery of the city's counties (临渭区…, 蒲城县…), and a caption that names none is the city's.
    private Region? RunPlace(IEnumerable<Article> photos, ArticleText article)
    {
        Region? nearest = null;
        foreach (var place in Places(photos, article))
        {
            if (nearest is null)
            {
                nearest = place;
                continue;
            }
            if (place.Code == nearest.Code) break;
            return SharedCity(nearest, place) ?? nearest;
        }
        return nearest;
    }

    // The city two places lie in (a municipality for its districts), or null when they share only a province or nothing.
    private Region? SharedCity(Region a, Region b)
    {
        if (gazetteer.Find(a.Code) is not { } first || gazetteer.Find(b.Code) is not { } second) return null;
        for (AdminUnit? u = first; u is not null; u = u.Parent)
        {
            if (!second.IsWithin(u)) continue;
            var municipality = u.IsProvince && first.IsCounty && second.IsCounty && first.Parent == u && second.Parent == u;
            return u.IsProvince && !municipality ? null : u.ToRegion();
        }
        return null;
    }

    // The place of the uncredited story a photo's 摄影报道 or 文并摄 credit also covers.
    private Region? ReportedPlace(ArticleText article) => FirstPlace(PhotoReport.Story(article.Article, article.Context.Preceding), article);

    // The place the photo set's introduction names, which the parser set aside as no item of its own.
    private Region? IntroducedPlace(ArticleText article) =>
        FirstPlace(PhotoSetIntroduction.For(article.Article, article.Context.Bulletin), article);

    // The first place one of the neighbours names in its own text.
    private Region? FirstPlace(IEnumerable<Article> neighbours, ArticleText article) => Places(neighbours, article).FirstOrDefault();

    // The places the neighbours name in their own text, in order, each read without neighbours of its own so a group's
    // place never passes from photo to photo.
    private IEnumerable<Region> Places(IEnumerable<Article> neighbours, ArticleText article)
    {
        var own = article.Context with { Preceding = [], Following = [] };
        foreach (var neighbour in neighbours)
            if (Resolve(new ArticleText(neighbour, own), out _).Primary is { } place) yield return place;
    }

    // The regions the article's own text gives, without the group's or the bulletin's fallback.
    private Contracts.Documents.Regions Resolve(ArticleText article, out AdminUnit? home)
    {
        (var context, home) = BulletinContext(article.Context.Bulletin);
        // Title and text are matched against the gazetteer once; the context pass (title, kicker, subtitle,
        // text, supplying office, in that order) and the mention pass both read those matches.
        var state = t_state ??= new ScanState();
        var matches = _resolver.Match(article.TitleAndBody, state.Matches);
        if (article.Title.Length > 0) _resolver.AddAnchors(matches, 0, article.Title.Length, context);
        AddAnchors(article.Kicker, context, state.Other);
        AddAnchors(article.Subtitle, context, state.Other);
        if (article.Body.Length > 0) _resolver.AddAnchors(matches, article.BodyOffset, article.TitleAndBody.Length, context);
        var organization = Simplified(article.Article.Byline.Organization);
        var lead = NewsflashLead(article);
        AddAnchors(organization, context, state.Other);
        AddAnchors(lead, context, state.Other);
        var hits = state.Hits;
        hits.Clear();
        var ambiguous = new List<AmbiguousName>();
        _resolver.Find(matches, context, hits, ambiguous);
        var primary = Primary(article, NationalEventVenue.Without(hits, article.TitleAndBody) ?? hits, context, organization, lead);
        if (primary is not null && BeyondMainland.Holds(primary) && BeyondMainland.MainlandHits(hits) is { } mainland)
            primary = Primary(article, mainland, context, organization, lead, mainlandOnly: true) ?? primary;
        var mentions = Mentions(article.TitleAndBody, hits);
        hits.Clear();
        if (hits.Capacity > 1 << 16) hits.Capacity = 0;
        matches.Reset("");
        return new Contracts.Documents.Regions(primary?.ToRegion(), mentions, Ambiguous(article.TitleAndBody, ambiguous));
    }

    [ThreadStatic] private static ScanState? t_state;

    private sealed class ScanState
    {
        public NameMatches Matches { get; } = new();
        public NameMatches Other { get; } = new();
        public List<RegionHit> Hits { get; } = [];
    }

    private void AddAnchors(string? text, RegionContext context, NameMatches buffer)
    {
        if (string.IsNullOrEmpty(text)) return;
        _resolver.AddAnchors(_resolver.Match(text, buffer), 0, text.Length, context);
        buffer.Reset("");
    }

    private AdminUnit? Primary(ArticleText article, List<RegionHit> hits, RegionContext context, string? organization, string? lead,
        bool mainlandOnly = false)
    {
        var bodyStart = article.BodyOffset;
        var body = article.Body;
        var opening = PhotoCaption.OpeningStart(body);
        var sentenceEnd = body.IndexOfAny(Sentences.Ends, opening);
        var paragraphEnd = body.IndexOf('\n', opening);
        if (Chain(hits, article.TitleAndBody, 0, article.Title.Length) is { } titled
            && !OutletTitle.NamesOnlyOutlets(hits, article.TitleAndBody, 0, article.Title.Length))
            return ProvinceEventVenue.Host(hits, article.TitleAndBody, 0, article.Title.Length, titled)
                ?? (HonourList.Announced(hits, article.TitleAndBody, 0, article.Title.Length, titled) ? titled : Narrowed(titled, hits, article.TitleAndBody, bodyStart));
        return Mainland(MostSpecificChain(article.Subtitle, context), mainlandOnly)
            ?? Mainland(MostSpecificChain(article.Kicker, context), mainlandOnly)
            ?? CountiesRoundup(article.Title,
                Opening(hits, article.TitleAndBody, bodyStart + opening, bodyStart + (sentenceEnd < 0 ? body.Length : sentenceEnd))
                ?? Opening(hits, article.TitleAndBody, bodyStart + opening, bodyStart + (paragraphEnd < 0 ? body.Length : paragraphEnd)))
            ?? OurProvince.Of(hits, article.TitleAndBody, bodyStart + opening, bodyStart + (paragraphEnd < 0 ? body.Length : paragraphEnd))
            ?? Mainland(MostSpecificChain(organization, context), mainlandOnly)
            ?? Mainland(MostSpecificChain(lead, context), mainlandOnly)
            ?? GalleryPicture(hits, article.TitleAndBody, bodyStart, PhotoGallery.FirstCaption(body, paragraphEnd))
            ?? MentionCounts.SharedCity(hits)
            ?? MentionCounts.MostMentioned(hits);
    }

    // The texts read apart from the hits (subtitle, kicker, supplying office, lead) keep to the mainland on a second reading.
    private static AdminUnit? Mainland(AdminUnit? unit, bool mainlandOnly) =>
        mainlandOnly && unit is not null && BeyondMainland.Holds(unit) ? null : unit;

    // The lead of a newsflash names the outlet (罗湖家园网讯): where the text names no place, that is the article's. A
    // dateline (本报北京3月3日电) only tells where the reporter filed from, often the capital for a national story. The
    // reporters' names in its credit are no places (本网讯 (郭玉林) is not 玉林).
    private static string? NewsflashLead(ArticleText article) =>
        article.Article.Byline is { Kind: BylineKind.Newsflash, Raw: { Length: > 0 } raw } byline
        && Simplified(NewsflashCredit.WithoutPeople(raw, byline.Authors)) is { } lead && !Dateline(lead)
            ? lead : null;

    // The byline is as printed; the gazetteer and the outlet words are simplified (今日竹山網消息).
    private static string? Simplified(string? text) => string.IsNullOrEmpty(text) ? text : SimplifiedChinese.Convert(text);

    // 本报北京3月3日电(记者 李明): the lead before its credit ends in 电.
    private static bool Dateline(string lead) => NewsflashCredit.Outlet(lead)?.EndsWith('电') == true;

    // The first sentence's (else the first paragraph's) place, narrowed like a title's by the rest of the text
    // (台州市第一个雷锋广场…仙居县文明办; 从呼伦贝尔到乌兰察布…新巴尔虎左旗牧民). A county that is only the venue of the
    // city's event (我市…推进会在宜兴召开), among the speakers at the city's meeting (我市…某区负责同志作了发言) or one of
    // several counties of a city-wide sentence (全市…藁城区…正定县…) or the opening scene of a feature that goes on to speak for
    // the city and its other counties (走进某县…我市…某区…) gives way to the city; a province named where the
    // sentence speaks for its city (我市…安徽某大学) gives way to the one city of it the text names; a city or county that is
    // only the venue of the province's event (全省…会议在西宁召开), or the opening scene of a round-up of the province's cities
    // (某市公交车上…山东省深入开展…青岛…济南), to the province. A list's example (某区某镇等283个) is none. A city that announces its
    // honour list (某某好人榜揭晓) is not narrowed to the county of one honouree.
    private static AdminUnit? Opening(List<RegionHit> hits, string text, int start, int end)
    {
        if (Chain(hits, text, start, end) is not { } unit || ListExample.Holds(hits, text, start, end, unit)) return null;
        if (unit.IsCounty && unit.Parent is { } city
            && (CityEventVenue.Holds(hits, text, start, end, unit, city) || CityMeetingSpeakers.Holds(hits, text, start, end, unit)))
            return city;
        if (ProvinceEventVenue.Host(hits, text, start, end, unit) is { } province) return province;
        if (OurCity.Of(hits, text, start, end, unit) is { } ours) return ours;
        if (unit.IsCounty && CityWideSentence.City(hits, text, start, end) is { } wide) return wide;
        if (CityFeature.City(hits, text, end, unit) is { } feature) return feature;
        if (ProvinceRoundup.Of(hits, unit) is { } roundup) return roundup;
        return HonourList.Announced(hits, text, start, end, unit) ? unit : Narrowed(unit, hits, text, end);
    }

    // A title that speaks of each of its city's counties (各区县开展…) heads a round-up whose first county is only the first
    // example: the article is the city's (a municipality's for its districts).
    private static AdminUnit? CountiesRoundup(string title, AdminUnit? opening) =>
        opening is { IsCounty: true, Parent: { } city } && CityWideSentence.NamesEveryCounty(title) ? city : opening;

    // Not narrowed by the rest of the text: the other captions are other pictures.
    private static AdminUnit? GalleryPicture(List<RegionHit> hits, string text, int bodyStart, (int Start, int End)? caption) =>
        caption is { } c ? Chain(hits, text, bodyStart + c.Start, bodyStart + c.End) : null;

    private AdminUnit? MostSpecificChain(string? text, RegionContext context) =>
        string.IsNullOrEmpty(text) ? null : RegionResolver.MostSpecificChain(_resolver.Find(text, context), text, 0, text.Length);

    // A title that names a city or province (广西河池) is narrowed to the unit inside it that the text is about
    // (都安瑶族自治县), when every unit the text names inside it lies on one line (county within city). The title's unit
    // stays when the text names units of two different counties, or names the title's unit again on its own
    // (银川市团委主办, 西夏区承办: the city's event), not just as the head of a chain (湖州市吴兴区), inside a college's or an
    // outlet's name (某市大学的学生来到某区) or before a ranking word (株洲首个…中心 in 天元区: the city's first, in the district). Units on two lines
    // narrow to the unit they share below the title's (湖北 → 沙市区 and 荆州区 → 荆州市). A village does not narrow: a
    // city's inspection passes through villages (到农贸市场、城关新六村实践站调研); nor does a place given as an example
    // (浙江…像天台县的白鹤镇), nor the city that only hosts a province's event (文明江西…全省会议在南昌召开).
    private static AdminUnit Narrowed(AdminUnit titled, List<RegionHit> hits, string text, int bodyStart)
    {
        if (titled.IsCounty) return titled;
        var narrowest = titled;
        var shared = false;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Start < bodyStart || !hit.Unit.IsWithin(titled) || hit.Name.Kind == NameKind.Village || ListExample.Introduced(text, hits, i)) continue;
            if (titled.IsProvince && CityEventVenue.HeldAt(text, hit, Sentences.EndOf(text, hit.End))) continue;
            if (hit.Unit == titled)
            {
                var heads = i + 1 < hits.Count && hits[i + 1].ChainStart == hit.ChainStart;
                if (!heads && !NameSurroundings.NamesInstitution(text, hit.End) && !NameSurroundings.RanksWithin(text, hit.End)) return titled;
                continue;
            }
            if (narrowest.IsWithin(hit.Unit)) continue;
            if (!shared && hit.Unit.IsWithin(narrowest)) narrowest = hit.Unit;
            else if (!hit.Unit.IsWithin(narrowest))
            {
                narrowest = NearestShared(narrowest, hit.Unit);
                shared = true;
                if (narrowest == titled) return titled;
            }
        }
        return narrowest;
    }

    // The nearest unit both lie in (both lie in the title's unit, so there is one).
    private static AdminUnit NearestShared(AdminUnit a, AdminUnit b)
    {
        for (AdminUnit? u = a; u is not null; u = u.Parent)
            if (b.IsWithin(u)) return u;
        return a.Province;
    }

    // MostSpecificChain of the hits inside [start, end).
    private static AdminUnit? Chain(List<RegionHit> hits, string text, int start, int end) =>
        RegionResolver.MostSpecificChain(hits, text, start, end);

    // One mention per unit, in order of first appearance, with the chain text of its first hit.
    private static List<RegionMention> Mentions(string text, List<RegionHit> hits)
    {
        var mentions = new List<RegionMention>();
        if (hits.Count == 0) return mentions;
        var counts = new Dictionary<AdminUnit, int>(hits.Count);
        foreach (var hit in hits)
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, hit.Unit, out _)++;
        foreach (var hit in hits)
        {
            if (!counts.Remove(hit.Unit, out var count)) continue;
            mentions.Add(new RegionMention(hit.Unit.ToRegion(), text[hit.ChainStart..hit.End], count, hit.Start, hit.Name.IsHistoric));
        }
        return mentions;
    }

    // One entry per ambiguous name as printed, at its first offset.
    private static List<AmbiguousRegion> Ambiguous(string text, List<AmbiguousName> names)
    {
        var result = new List<AmbiguousRegion>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var printed = text.Substring(name.Start, name.Length);
            if (seen.Add(printed))
                result.Add(new AmbiguousRegion(printed, name.Start, name.Candidates.Select(c => c.ToRegion()).ToArray(), name.CommonParent?.ToRegion()));
        }
        return result;
    }

    /// <summary>
    /// What the bulletin's masthead, its site's footer (主办单位:…, 政府网站标识码) and its page's meta line (某区报2018-05-18) say about where it
    /// is from (首都精神文明办 → 北京); worked out once per bulletin. The masthead's place comes before the meta line's outlet.
    /// </summary>
    private (RegionContext Context, AdminUnit? Home) BulletinContext(Bulletin bulletin)
    {
        var cached = _lastBulletin;
        if (cached is null || !ReferenceEquals(cached.Bulletin, bulletin))
        {
            var (units, home) = MastheadUnits(bulletin);
            cached = new BulletinUnits(bulletin, units, home);
            _lastBulletin = cached;
        }
        var context = new RegionContext();
        foreach (var unit in cached.Units) context.Add(unit);
        return (context, cached.Home);
    }

    private sealed record BulletinUnits(Bulletin Bulletin, AdminUnit[] Units, AdminUnit? Home);

    private volatile BulletinUnits? _lastBulletin;

    private (AdminUnit[] Units, AdminUnit? Home) MastheadUnits(Bulletin bulletin)
    {
        var units = new List<AdminUnit>();
        foreach (var line in SiteHost.Lines(bulletin))
            foreach (var hit in _resolver.Find(line, RegionContext.Empty))
                units.Add(hit.Unit);
        foreach (var code in GovernmentSiteCode.Codes(bulletin))
            if (gazetteer.Find(code) is { } site) units.Add(site);
        AdminUnit? outlet = null;
        foreach (var line in PageMetaOutlet.Lines(bulletin))
            foreach (var hit in _resolver.Find(line, RegionContext.Empty))
            {
                if (!NameSurroundings.NamesOutlet(line, hit.End)) continue;
                units.Add(hit.Unit);
                outlet ??= hit.Unit;
            }
        if (bulletin.Masthead is not { } masthead) return (units.ToArray(), outlet);
        // A traditional masthead (濰坊日報) names its place as the simplified gazetteer does once converted.
        var texts = new[] { Simplified(masthead.Publication), Simplified(masthead.Publisher) };
        AdminUnit? home = null;
        if (texts.Any(t => t?.Contains("首都", StringComparison.Ordinal) == true) && gazetteer.Find("110000") is { } beijing)
        {
            units.Add(beijing);
            home = beijing;
        }
        foreach (var text in texts)
        {
            var hits = _resolver.Find(text, RegionContext.Empty);
            foreach (var hit in hits) units.Add(hit.Unit);
            home ??= RegionResolver.MostSpecificChain(hits);
        }
        return (units.ToArray(), home ?? outlet);
    }
}
