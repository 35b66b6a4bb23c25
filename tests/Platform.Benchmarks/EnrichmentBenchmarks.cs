using BenchmarkDotNet.Attributes;
using Platform.Contracts.Documents;
using Platform.Enrichment;
using Platform.Enrichment.Gazetteer;
using Platform.Parsing;

namespace Platform.Benchmarks;

/// <summary>
/// Parse + enrich throughput over the seed bulletins (target ≥ 10 MB/s on one core; MB/s =
/// SeedCorpus.Utf8Bytes / mean time), enrich alone, and the cost of loading the gazetteer.
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
    public int LoadGazetteer() => AdminGazetteer.Parse(GazetteerText.Value).NameCount;

    private static readonly Lazy<string> GazetteerText = new(() =>
    {
        using var stream = typeof(AdminGazetteer).Assembly.GetManifestResourceStream("Platform.Enrichment.gazetteer.tsv")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private IEnumerable<(Article, EnrichmentContext)> Parse(string text)
    {
        var result = _parser.Parse(text, new ParseContext("bench", "bench", "", DateTimeOffset.UnixEpoch));
        var context = new EnrichmentContext(result.Bulletin);
        return result.Articles.Select(a => (a, context));
    }
}
