using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Documents;
using Platform.Storage.Mongo.Bson;
using Platform.Storage.Mongo.Native;
using Xunit.Abstractions;

namespace Platform.Storage.Mongo.Tests;

/// <summary>JSON ↔ BSON through the real libbson.</summary>
[Collection(MeasurementCollection.Name)]
public sealed class BsonBindingTests(ITestOutputHelper output)
{
    private const string Canonical = """
        {"title":{"$numberInt":"1"},"text":"首都精神文明建设情况简报 — 精神文明报","nested":[[{"$numberInt":"1"},[{"$numberInt":"2"},{"a":[]}]],[],{"b":[[["深"]]]}],
         "max":{"$numberLong":"9223372036854775807"},"min":{"$numberLong":"-9223372036854775808"},
         "date":{"$date":{"$numberLong":"1588118400123"}},"early":{"$date":{"$numberLong":"-62135596800000"}},
         "double":{"$numberDouble":"1.5"},"third":{"$numberDouble":"0.1"},"bytes":{"$binary":{"base64":"5LitAP8=","subType":"00"}},
         "emoji":"😀","escaped":"quote \" backslash \\ tab \t","flag":true,"none":null}
        """;

    [Fact]
    public void Canonical_extended_json_round_trips_exactly()
    {
        using var bson = BsonCodec.FromJson(Canonical);
        var back = BsonCodec.ToCanonicalJson(bson);
        // libbson prints doubles with 20 significant digits: 0.1 comes back as a longer literal of the same double.
        var expected = JsonNode.Parse(Canonical)!;
        expected["third"]!["$numberDouble"] = "0.10000000000000000555";
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(back)), back);
    }

    [Fact]
    public void Plain_json_reads_back_exact_int64_dates_doubles_and_bytes()
    {
        using var bson = BsonCodec.FromJson(Canonical);
        using var plain = JsonDocument.Parse(BsonCodec.ToPlainJson(bson));
        var root = plain.RootElement;
        Assert.Equal(long.MaxValue, root.GetProperty("max").GetInt64());
        Assert.Equal(long.MinValue, root.GetProperty("min").GetInt64());
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1588118400123), root.GetProperty("date").GetDateTimeOffset());
        Assert.Equal(DateTimeOffset.MinValue, root.GetProperty("early").GetDateTimeOffset());
        Assert.Equal(1.5, root.GetProperty("double").GetDouble());
        Assert.Equal(0.1, root.GetProperty("third").GetDouble());
        Assert.Equal(new byte[] { 0xE4, 0xB8, 0xAD, 0x00, 0xFF }, root.GetProperty("bytes").GetBytesFromBase64());
        Assert.Equal("首都精神文明建设情况简报 — 精神文明报", root.GetProperty("text").GetString());
        Assert.Equal("😀", root.GetProperty("emoji").GetString());
        Assert.Equal("quote \" backslash \\ tab \t", root.GetProperty("escaped").GetString());
        Assert.Equal("深", root.GetProperty("nested")[2].GetProperty("b")[0][0][0].GetString());
    }

    [Fact]
    public void Relaxed_integers_beyond_int32_become_int64()
    {
        using var bson = BsonCodec.FromJson("""{"n":9223372036854775807,"small":7}""");
        var canonical = JsonNode.Parse(BsonCodec.ToCanonicalJson(bson))!;
        Assert.Equal("9223372036854775807", canonical["n"]!["$numberLong"]!.GetValue<string>());
        Assert.Equal("7", canonical["small"]!["$numberInt"]!.GetValue<string>());
    }

    [Fact]
    public void An_article_survives_document_json_to_bson_and_back()
    {
        var article = SeedSizedArticle.Create();
        var document = StoredDocument.From(article, "articles", article.Id);
        using var bson = BsonCodec.FromJson(document.ToJsonString(DocumentJson.Options));
        var back = JsonSerializer.Deserialize<Article>(BsonCodec.ToPlainJson(bson), DocumentJson.Options)!;
        Assert.Equal(JsonSerializer.Serialize(article, DocumentJson.Options), JsonSerializer.Serialize(back, DocumentJson.Options));
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_its_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"a\":\"中文").Concat(new byte[] { 0xC3, 0x28 }).Concat("\"}"u8.ToArray()).ToArray();
        var error = Assert.Throws<StoreException>(() => BsonCodec.FromJson(bytes));
        Assert.Contains("not valid UTF-8", error.Message);
        Assert.Contains("offset 12", error.Message);
    }

    [Fact]
    public void Malformed_json_is_reported_from_libbson()
    {
        var error = Assert.Throws<StoreException>(() => BsonCodec.FromJson("{\"a\": [1, 2"));
        Assert.Contains("libbson rejected the JSON", error.Message);
    }

    [Fact]
    public void A_missing_driver_library_names_the_packages_to_install()
    {
        var error = Assert.Throws<DllNotFoundException>(() => DriverLibraries.Load("libmongoc-0.0-absent.so.0"));
        Assert.Contains("install libmongoc-1.0-0 libbson-1.0-0", error.Message);
    }

    [Fact]
    public void Hundred_thousand_conversions_do_not_leak()
    {
        var json = Encoding.UTF8.GetBytes(StoredDocument.From(SeedSizedArticle.Create(), "articles", "x").ToJsonString(DocumentJson.Options));
        void Convert(int times)
        {
            for (var i = 0; i < times; i++)
            {
                using var bson = BsonCodec.FromJson(json);
                using var reply = BsonReplyHandle.Allocate();
                _ = BsonCodec.ToCanonicalJson(bson);
            }
        }
        Convert(10_000);
        var before = Measure();
        Convert(100_000);
        var after = Measure();
        output.WriteLine($"RSS {before.Rss / 1048576.0:0.0} → {after.Rss / 1048576.0:0.0} MiB, fds {before.Fds} → {after.Fds}");
        // Leaking the 13 KB document or its JSON per conversion would be over 1.2 GiB; allow allocator and GC noise.
        Assert.True(after.Rss - before.Rss < 256L * 1024 * 1024, $"RSS grew by {(after.Rss - before.Rss) / 1048576} MiB");
        Assert.True(after.Fds - before.Fds < 5, $"file descriptors grew from {before.Fds} to {after.Fds}");
    }

    [Fact]
    public void Binding_overhead_per_seed_article()
    {
        var json = Encoding.UTF8.GetBytes(StoredDocument.From(SeedSizedArticle.Create(), "articles", "x").ToJsonString(DocumentJson.Options));
        for (var i = 0; i < 2_000; i++) RoundTrip(json);
        const int iterations = 20_000;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++) RoundTrip(json);
        watch.Stop();
        output.WriteLine($"JSON→BSON→canonical JSON→plain JSON of a {json.Length}-byte article: {watch.Elapsed.TotalMicroseconds / iterations:0.0} µs/op");
        using var bson = BsonCodec.FromJson(json);
        watch.Restart();
        for (var i = 0; i < iterations; i++) BsonCodec.FromJson(json).Dispose();
        output.WriteLine($"  of which JSON→BSON (bson_new_from_json): {watch.Elapsed.TotalMicroseconds / iterations:0.0} µs/op");
        watch.Restart();
        for (var i = 0; i < iterations; i++) bson.ReadCanonicalJson(static utf8 => utf8.Length);
        output.WriteLine($"  BSON→canonical JSON (bson_as_canonical_extended_json): {watch.Elapsed.TotalMicroseconds / iterations:0.0} µs/op");
        var canonical = Encoding.UTF8.GetBytes(BsonCodec.ToCanonicalJson(bson));
        watch.Restart();
        for (var i = 0; i < iterations; i++) ExtendedJson.ToPlain(canonical);
        output.WriteLine($"  canonical→plain JSON (managed): {watch.Elapsed.TotalMicroseconds / iterations:0.0} µs/op");
    }

    private static int RoundTrip(byte[] json)
    {
        using var bson = BsonCodec.FromJson(json);
        return BsonCodec.ToPlainJson(bson).Length;
    }

    private static (long Rss, int Fds) Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return (self.WorkingSet64, Directory.GetFiles("/proc/self/fd").Length);
    }
}
