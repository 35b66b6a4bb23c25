using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using Platform.Contracts.Documents;
using Platform.Storage.Mongo.Mapping;

namespace Platform.Benchmarks;

/// <summary>
/// Cost of turning an article into the document MongoDB stores and back through the official driver's class
/// maps (record → BSON → record), for the seed article nearest 13.4 KB of JSON. The same class, with two more
/// methods for the libmongoc binding it replaced (record → JSON → libbson → canonical Extended JSON → plain
/// JSON → record, and the JSON ↔ BSON bridge alone), ran at commit f18d851, where both paths still compiled;
/// in that one in-process run (2 cores at load 27–40) the medians were: binding round trip 4,293 µs, bridge
/// alone 2,125 µs, driver round trip 840 µs, driver write 275 µs, driver read 197 µs; allocated 203.6 KB,
/// 36.9 KB, 70.7 KB, 49.5 KB, 21.2 KB. The load inflates every time about fivefold (the bridge alone measured
/// 283–436 µs on a quiet machine); the ratios and the allocations are what compare.
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
