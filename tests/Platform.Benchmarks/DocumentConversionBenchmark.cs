using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using Platform.Contracts.Documents;
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
    private byte[] bson = [];

    [GlobalSetup]
    public void Setup()
    {
        ContractMapping.EnsureRegistered();
        var articles = SeedCorpus.EnrichedArticles(PipelineStatus.Enriched);
        // The article nearest the 13.4 KB the earlier measurement used.
        article = articles.MinBy(a => Math.Abs(JsonSerializer.SerializeToUtf8Bytes(a, DocumentJson.Options).Length - 13_400))!;
        bson = article.ToBson();
        Console.WriteLine($"// article {article.Id}: {JsonSerializer.SerializeToUtf8Bytes(article, DocumentJson.Options).Length} bytes of JSON, {bson.Length} bytes of BSON");
    }

    [Benchmark(Baseline = true, Description = "driver: article → BSON → article")]
    public Article DriverRoundTrip() => BsonSerializer.Deserialize<Article>(article.ToBson());

    [Benchmark(Description = "driver: article → BSON")]
    public int DriverWrite() => article.ToBson().Length;

    [Benchmark(Description = "driver: BSON → article")]
    public Article DriverRead() => BsonSerializer.Deserialize<Article>(bson);
}
