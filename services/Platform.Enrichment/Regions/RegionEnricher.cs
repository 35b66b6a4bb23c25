using Platform.Contracts.Documents;
using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// Primary and mentioned regions. The primary region is where the article happens: the place its
/// title names, else its subtitle or kicker, first sentence, first paragraph, supplying office, the
/// region it mentions most, and last the bulletin's own region (首都 briefings).
/// </summary>
public sealed class RegionEnricher(AdminGazetteer gazetteer) : IEnricher
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '\n'];
    private readonly RegionResolver _resolver = new(gazetteer);

    public string Name => "regions";

    public string Version => "1.0.0";

    public void Enrich(ArticleText article, EnrichmentDraft draft) => draft.Regions = Resolve(article);

    public Contracts.Documents.Regions Resolve(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var bulletinContext = BulletinContext(article.Context.Bulletin);
        var context = _resolver.BuildContext(
            [article.Title, article.Kicker, article.Subtitle, article.Body, article.Article.Byline.Organization],
            bulletinContext.Context);
        var hits = _resolver.Find(article.TitleAndBody, context);
        var primary = Primary(article, hits, context) ?? bulletinContext.Home;
        return new Contracts.Documents.Regions(primary?.ToRegion(), Mentions(article.TitleAndBody, hits));
    }

    private AdminUnit? Primary(ArticleText article, IReadOnlyList<RegionHit> hits, RegionContext context)
    {
        var bodyStart = article.BodyOffset;
        var body = article.Body;
        var sentenceEnd = body.IndexOfAny(SentenceEnds);
        var paragraphEnd = body.IndexOf('\n', StringComparison.Ordinal);
        var candidates = new Func<AdminUnit?>[]
        {
            () => RegionResolver.MostSpecificChain(hits.Where(h => h.End <= article.Title.Length).ToList()),
            () => RegionResolver.MostSpecificChain(_resolver.Find(article.Subtitle, context)),
            () => RegionResolver.MostSpecificChain(_resolver.Find(article.Kicker, context)),
            () => RegionResolver.MostSpecificChain(Within(hits, bodyStart, sentenceEnd < 0 ? body.Length : sentenceEnd)),
            () => RegionResolver.MostSpecificChain(Within(hits, bodyStart, paragraphEnd < 0 ? body.Length : paragraphEnd)),
            () => RegionResolver.MostSpecificChain(_resolver.Find(article.Article.Byline.Organization, context)),
            () => MostMentioned(hits),
        };
        foreach (var candidate in candidates)
            if (candidate() is { } unit) return unit;
        return null;
    }

    private static List<RegionHit> Within(IReadOnlyList<RegionHit> hits, int start, int length) =>
        hits.Where(h => h.Start >= start && h.End <= start + length).ToList();

    private static AdminUnit? MostMentioned(IReadOnlyList<RegionHit> hits) =>
        hits.GroupBy(h => h.Unit)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Start)
            .Select(g => g.Key)
            .FirstOrDefault();

    private static List<RegionMention> Mentions(string text, IReadOnlyList<RegionHit> hits) =>
        hits.GroupBy(h => h.Unit)
            .Select(g =>
            {
                var first = g.First();
                return new RegionMention(first.Unit.ToRegion(), text[first.ChainStart..first.End], g.Count(), first.Start);
            })
            .OrderBy(m => m.FirstOffset)
            .ToList();

    /// <summary>What the bulletin's masthead says about where it is from (首都精神文明办 → 北京).</summary>
    private (RegionContext Context, AdminUnit? Home) BulletinContext(Bulletin bulletin)
    {
        var context = new RegionContext();
        if (bulletin.Masthead is not { } masthead) return (context, null);
        var texts = new[] { masthead.Publication, masthead.Publisher };
        AdminUnit? home = null;
        if (texts.Any(t => t?.Contains("首都", StringComparison.Ordinal) == true) && gazetteer.Find("110000") is { } beijing)
        {
            context.Add(beijing);
            home = beijing;
        }
        foreach (var text in texts)
        {
            var hits = _resolver.Find(text, RegionContext.Empty);
            foreach (var hit in hits) context.Add(hit.Unit);
            home ??= RegionResolver.MostSpecificChain(hits);
        }
        return (context, home);
    }
}
