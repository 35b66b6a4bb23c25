using BenchmarkDotNet.Attributes;
using Platform.Contracts.Documents;
using Platform.Enrichment;
using Platform.Enrichment.Gazetteer;
using Platform.Parsing;

namespace Platform.Benchmarks;

/// <summary>
/// Parse + enrich throughput over the seed bulletins (target ≥ 10 MB/s on one core; MB/s =
/// SeedCorpus.Utf8Bytes / mean time), enrich alone, and the cost of loading the gazetteer (units and townships).
/// </summary>
[MemoryDiagnoser]
public class EnrichmentBenchmarks
{
    private readonly BulletinParser _parser = new();
    private readonly ArticleEnricher _enricher = ArticleEnricher.CreateDefault();
    private List<(Article Article, EnrichmentContext Context)> _parsed = [];

    [GlobalSetup]
    public void Setup()
    {
        _parsed = SeedCorpus.Texts.SelectMany(Parse).ToList();
        Console.WriteLine($"// seeds: {SeedCorpus.Utf8Bytes} UTF-8 bytes, {_parsed.Count} articles");
        WarmUp();
    }

    // Throughput is the steady state of a long-running service. A short job's three warm-up iterations end before
    // the runtime has recompiled the parse and enrich paths at full optimization (hundreds of methods, the large
    // generated date pattern among them), so 'Parse+Enrich seeds', the first benchmark of the class, measured the
    // compiler's remaining work (see SteadyState).
    private void WarmUp()
    {
        var (took, compiled) = SteadyState.WarmUp(() =>
        {
            ParseAndEnrichSeeds();
            EnrichSeeds();
        });
        Console.WriteLine($"// warm-up: {took.TotalSeconds:F1} s, {compiled} methods compiled");
    }

    [Benchmark(Description = "Parse+Enrich seeds")]
    public int ParseAndEnrichSeeds()
    {
        var n = 0;
        foreach (var text in SeedCorpus.Texts)
            foreach (var (article, context) in Parse(text))
                n += _enricher.Enrich(article, context).Enrichment.Keywords.Count;
        return n;
    }

    [Benchmark(Description = "Enrich seeds (parsed)")]
    public int EnrichSeeds()
    {
        var n = 0;
        foreach (var (article, context) in _parsed)
            n += _enricher.Enrich(article, context).Enrichment.Keywords.Count;
        return n;
    }

    [Benchmark(Description = "Enrich Gazetteer load")]
    public int LoadGazetteer() => AdminGazetteer.Parse(GazetteerText.Value.Units, GazetteerText.Value.Townships).NameCount;

    private static readonly Lazy<(string Units, string Townships)> GazetteerText = new(() =>
        (AdminGazetteer.ReadResource(AdminGazetteer.UnitsResource), AdminGazetteer.ReadResource(AdminGazetteer.TownshipsResource)));

    private IEnumerable<(Article, EnrichmentContext)> Parse(string text)
    {
        var result = _parser.Parse(text, new ParseContext("bench", "bench", "", DateTimeOffset.UnixEpoch));
        var context = new EnrichmentContext(result.Bulletin);
        return result.Articles.Select(a => (a, context));
    }
}

/// <summary>
/// Each enricher alone over the parsed seeds, to see where enrichment time and allocations go
/// (dotnet run -c Release --project tests/Platform.Benchmarks -- --filter '*EnricherBenchmarks*').
/// </summary>
[MemoryDiagnoser]
public class EnricherBenchmarks
{
    private List<(ArticleText Text, EnrichmentDraft Draft)> _articles = [];
    private IEnricher _enricher = null!;

    public static IEnumerable<string> EnricherNames => ArticleEnricher.CreateDefault().Enrichers.Select(e => e.Name);

    [ParamsSource(nameof(EnricherNames))]
    public string Enricher { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var parser = new BulletinParser();
        _articles = SeedCorpus.Texts
            .Select(t => parser.Parse(t, new ParseContext("bench", "bench", "", DateTimeOffset.UnixEpoch)))
            .SelectMany(r => r.Articles.Select(a => (new ArticleText(a, new EnrichmentContext(r.Bulletin)), new EnrichmentDraft())))
            .ToList();
        _enricher = ArticleEnricher.CreateDefault().Enrichers.Single(e => e.Name == Enricher);
    }

    [Benchmark(Description = "One enricher over the seeds")]
    public int EnrichOne()
    {
        foreach (var (text, draft) in _articles) _enricher.Enrich(text, draft);
        return _articles.Count;
    }
}
