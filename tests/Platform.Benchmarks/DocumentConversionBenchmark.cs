using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using Platform.Contracts.Documents;
using Platform.Enrichment;
using Platform.Parsing;
using Platform.Storage.Mongo;
using Platform.Storage.Mongo.Bson;
using Platform.Storage.Mongo.Mapping;

namespace Platform.Benchmarks;

/// <summary>
/// Cost of turning an article into the document MongoDB stores and back, for a seed article of about
/// 13.4 KB of JSON: through the old libmongoc binding (JSON → libbson → canonical Extended JSON → plain
/// JSON) and through the official driver's class maps (record → BSON → record).
/// </summary>
[MemoryDiagnoser]
public class DocumentConversionBenchmark
{
    private Article article = null!;
    private byte[] storedJson = [];
    private byte[] bson = [];

    [GlobalSetup]
    public void Setup()
    {
        ContractMapping.EnsureRegistered();
        var parser = new BulletinParser();
        var enricher = ArticleEnricher.CreateDefault();
        var articles = SeedCorpus.Texts.SelectMany(text =>
        {
            var result = parser.Parse(text, new ParseContext("bench", "bench", "", DateTimeOffset.UnixEpoch));
            var context = new EnrichmentContext(result.Bulletin);
            return result.Articles.Select(a => a with { Enrichment = enricher.Enrich(a, context).Enrichment, Status = PipelineStatus.Enriched });
        });
        // The article nearest the 13.4 KB the earlier measurement used.
        article = articles.MinBy(a => Math.Abs(JsonSerializer.SerializeToUtf8Bytes(a, DocumentJson.Options).Length - 13_400))!;
        storedJson = Encoding.UTF8.GetBytes(StoredDocument.From(article, "articles", article.Id).ToJsonString(DocumentJson.Options));
        bson = article.ToBson();
        Console.WriteLine($"// article {article.Id}: {storedJson.Length} bytes of JSON, {bson.Length} bytes of BSON");
    }

    [Benchmark(Baseline = true, Description = "binding: article → JSON → BSON → JSON → article")]
    public Article BindingRoundTrip()
    {
        var json = StoredDocument.From(article, "articles", article.Id).ToJsonString(DocumentJson.Options);
        using var document = BsonCodec.FromJson(json);
        return JsonSerializer.Deserialize<Article>(BsonCodec.ToPlainJson(document), DocumentJson.Options)!;
    }

    [Benchmark(Description = "binding: JSON → BSON → JSON (bridge only)")]
    public int BindingBridge()
    {
        using var document = BsonCodec.FromJson(storedJson);
        return BsonCodec.ToPlainJson(document).Length;
    }

    [Benchmark(Description = "driver: article → BSON → article")]
    public Article DriverRoundTrip() => BsonSerializer.Deserialize<Article>(article.ToBson());

    [Benchmark(Description = "driver: article → BSON")]
    public int DriverWrite() => article.ToBson().Length;

    [Benchmark(Description = "driver: BSON → article")]
    public Article DriverRead() => BsonSerializer.Deserialize<Article>(bson);
}
