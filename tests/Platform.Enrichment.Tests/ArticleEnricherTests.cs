using Platform.Contracts.Documents;

namespace Platform.Enrichment.Tests;

public sealed class ArticleEnricherTests
{
    private static readonly Bulletin Briefing = ArticleFactory.EmptyBulletin(2020,
        new Masthead("首都精神文明建设情况简报", 19, 2128, "首都精神文明办", new DateOnly(2020, 4, 29)));

    private sealed class FailingEnricher : IEnricher
    {
        public string Name => "broken";
        public string Version => "0";
        public void Enrich(ArticleText article, EnrichmentDraft draft) => throw new InvalidOperationException("boom");
    }

    [Fact]
    public void Enriches_a_briefing_article_end_to_end()
    {
        var article = ArticleFactory.Create("海淀区新时代文明实践中心高举旗帜 发动群众共同抗疫",
            "迅速吹响疫情“集结号”。1月29日,实践中心第一时间发出倡议书。“线上”通过融媒体中心广泛宣传,吸引100余万人次关注响应。",
            byline: new Byline("(海淀区文明办)", [], "海淀区文明办", BylineKind.Organization));

        var result = ArticleEnricher.CreateDefault().Enrich(article, new EnrichmentContext(Briefing));

        Assert.Empty(result.Warnings);
        var e = result.Enrichment;
        Assert.Equal("110108", e.Regions.Primary?.Code);
        Assert.Equal(new DateOnly(2020, 1, 29), e.Date);
        Assert.Contains(e.Topics, t => t.Id == "civilization-practice");
        Assert.Contains(e.Organizations, o => o.Name == "海淀区文明办");
        Assert.Contains(e.Figures, f => f is { Value: 1000000, Unit: "人次", Qualifier: "over" });
        Assert.Matches("^[0-9a-f]{16}$", e.Fingerprint);
        Assert.Null(e.DuplicateOf);
    }

    [Fact]
    public void Failing_enricher_leaves_a_warning_and_the_others_still_run()
    {
        var enricher = new ArticleEnricher([new FailingEnricher(), .. ArticleEnricher.DefaultEnrichers(Gazetteer.AdminGazetteer.Default)]);

        var result = enricher.Enrich(ArticleFactory.Create("湖南长沙开福区好人战疫", "近日,开展志愿服务。"), new EnrichmentContext(Briefing));

        Assert.Equal(["broken: boom"], result.Warnings);
        Assert.Equal("430105", result.Enrichment.Regions.Primary?.Code);
    }

    [Fact]
    public void Default_enricher_is_built_once()
    {
        Assert.Same(ArticleEnricher.CreateDefault(), ArticleEnricher.CreateDefault());
    }

    public static TheoryData<string?, string> OddTexts => new()
    {
        { null, "" },
        { "", "" },
        { "1234567890", "3.14 2020 99% 12345" },
        { null, new string('文', 200_000) },
        { "長沙開福區誌願服務", "湖南長沙開福區各級身邊好人紛紛發揮示範帶頭作用。“中國好人”袁燦、湯國清。" },
        { "\u0000\uFFFF\uD800", "年月日%余万" + new string('1', 5000) + "名" },
        { "“”“”", "、、、“中国好人”" },
        { "九九九", new string('九', 100_000) + "名" + string.Concat(Enumerable.Repeat("九千九百九十九亿", 2000)) + "元" },
        { "2月30日", "13月召开,2021年2月29日,99年99月99日,二〇二〇年十三月四十日,0月0日,上周八,负负十,百分之,零下。" },
        { "20240307", string.Concat(Enumerable.Range(0, 20_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))) },
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void Odd_text_never_throws_or_warns(string? title, string text)
    {
        var result = ArticleEnricher.CreateDefault().Enrich(ArticleFactory.Create(title, text), new EnrichmentContext(ArticleFactory.EmptyBulletin()));

        Assert.Empty(result.Warnings);
        // A real fingerprint: 16 hex digits, and not the all-zero default where the text has words to hash.
        Assert.Matches("^[0-9a-f]{16}$", result.Enrichment.Fingerprint);
        if (text.Any(char.IsLetter)) Assert.NotEqual("0000000000000000", result.Enrichment.Fingerprint);
    }

    [Fact]
    public void Concurrent_enrichment_gives_the_same_results_as_sequential()
    {
        // Enrichers reuse per-thread buffers and a per-bulletin cache: threads must not see each other's state.
        var enricher = ArticleEnricher.CreateDefault();
        var bulletins = new[] { Briefing, ArticleFactory.EmptyBulletin(2024) };
        var inputs = SeedCorpus.FirstParagraphs
            .Select((p, i) => (Article: ArticleFactory.Create(p[..Math.Min(20, p.Length)], p), Bulletin: bulletins[i % 2]))
            .ToArray();
        string Enrich((Article Article, Bulletin Bulletin) input) =>
            System.Text.Json.JsonSerializer.Serialize(enricher.Enrich(input.Article, new EnrichmentContext(input.Bulletin)));

        var sequential = inputs.Select(Enrich).ToArray();
        var concurrent = new string[inputs.Length];
        Parallel.For(0, inputs.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k => concurrent[k % inputs.Length] = Enrich(inputs[k % inputs.Length]));

        Assert.Equal(sequential, concurrent);
    }
}
