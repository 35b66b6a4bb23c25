using System.Text.Json;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using Platform.Contracts.Documents;
using Platform.Contracts.Events;
using Platform.Storage.Mongo.Mapping;
using Platform.Storage.Tests;

namespace Platform.Storage.Mongo.Tests;

/// <summary>The class maps store what the libmongoc binding stored, field for field, and read what it wrote.</summary>
public sealed class DocumentMappingTests
{
    static DocumentMappingTests() => ContractMapping.EnsureRegistered();

    [Fact]
    public void An_article_keeps_the_binding_field_names_and_representations()
    {
        var document = SeedSizedArticle.Create().ToBsonDocument();
        Assert.Equal("b446dbf02e71ebfb-03", document["_id"].AsString);
        Assert.Equal("b446dbf02e71ebfb-03", document["id"].AsString);
        Assert.Equal("article", document["kind"].AsString);
        Assert.Equal("enriched", document["status"].AsString);
        Assert.Equal(new BsonInt64(4), document["version"]);
        Assert.Equal("newsflash", document["byline"]["kind"].AsString);
        Assert.Equal("2020-03-05", document["enrichment"]["date"].AsString);
        Assert.Equal("430105", document["enrichment"]["regions"]["primary"]["code"].AsString);
        Assert.Equal(BsonNull.Value, document["enrichment"]["duplicateOf"]);
        Assert.Equal(new BsonArray { 0xcdef, 65536 + 0x89ab, 2 * 65536 + 0x4567, 3 * 65536 + 0x0123 }, document["_fingerprintBands"]);
    }

    [Fact]
    public void A_seed_sized_article_round_trips_exactly()
    {
        var article = SeedSizedArticle.Create();
        var back = BsonSerializer.Deserialize<Article>(article.ToBson());
        Assert.Equal(JsonSerializer.Serialize(article, DocumentJson.Options), JsonSerializer.Serialize(back, DocumentJson.Options));
    }

    [Fact]
    public void An_article_stores_its_source_spans_and_reads_them_back()
    {
        var article = SeedSizedArticle.Create() with { Spans = [new SourceSpan("title", 12, 9), new SourceSpan(SourceSpan.Paragraph(0), 30, 120)] };
        var document = article.ToBsonDocument();
        Assert.Equal(new BsonDocument { { "field", "title" }, { "start", 12 }, { "length", 9 } }, document["spans"][0]);
        var back = BsonSerializer.Deserialize<Article>(article.ToBson());
        Assert.Equal(article.Spans, back.Spans);
    }

    [Fact]
    public void A_bulletin_stores_the_spans_of_its_discarded_runs_and_reads_them_back()
    {
        var bulletin = StoreDocuments.Bulletin("b1") with { Spans = [new SourceSpan(SourceSpan.Discarded(0), 0, 14)] };
        var back = BsonSerializer.Deserialize<Bulletin>(bulletin.ToBson());
        Assert.Equal(bulletin.Spans, back.Spans);
    }

    [Fact]
    public void A_document_stored_before_spans_existed_reads_back_with_none()
    {
        var written = SeedSizedArticle.Create().ToBsonDocument();
        written.Remove("spans");
        Assert.Empty(BsonSerializer.Deserialize<Article>(written).Spans);
    }

    /// <summary>
    /// The binding stored System.Text.Json's output as parsed by libbson: small integers as Int32 (a figure of
    /// 2600 too), other numbers as doubles, times as strings, and only version as Int64.
    /// </summary>
    [Fact]
    public void A_document_the_binding_wrote_reads_back_as_the_same_article()
    {
        var article = SeedSizedArticle.Create();
        var written = BsonDocument.Parse(JsonSerializer.Serialize(article, DocumentJson.Options));
        written["_id"] = article.Id;
        written["version"] = new BsonInt64(article.Version);
        written["_fingerprintBands"] = new BsonArray { 1, 2, 3, 4 };
        Assert.Equal(BsonType.Int32, written["enrichment"]["figures"][0]["value"].BsonType);
        var back = BsonSerializer.Deserialize<Article>(written);
        Assert.Equal(JsonSerializer.Serialize(article, DocumentJson.Options), JsonSerializer.Serialize(back, DocumentJson.Options));
    }

    [Fact]
    public void A_raw_bulletin_keeps_its_bytes_as_binary_and_gets_a_utc_date_for_ordering()
    {
        var raw = StoreDocuments.Raw("r1", new string('1', 64), new DateTimeOffset(2024, 5, 31, 16, 0, 0, TimeSpan.FromHours(8)));
        var document = raw.ToBsonDocument();
        Assert.Equal("r1", document["_id"].AsString);
        Assert.Equal(new BsonBinaryData(raw.Bytes, BsonBinarySubType.Binary), document["bytes"]);
        Assert.Equal("2024-05-31T16:00:00+08:00", document["receivedAt"].AsString);
        Assert.Equal(new DateTime(2024, 5, 31, 8, 0, 0, DateTimeKind.Utc), document[ContractMapping.ReceivedAtUtcField].ToUniversalTime());
        var back = BsonSerializer.Deserialize<RawBulletin>(document);
        Assert.Equal(raw.Bytes, back.Bytes);
        Assert.Equal(raw.ReceivedAt.Offset, back.ReceivedAt.Offset);
    }

    [Fact]
    public void An_event_is_keyed_by_its_int64_sequence()
    {
        var appended = new PublicEvent(42, "0190-e", "article.published", "a-01", "article.published.43.x", DateTimeOffset.UnixEpoch, "{\"a\":1}", false);
        var document = appended.ToBsonDocument();
        Assert.Equal(new BsonInt64(42), document["_id"]);
        Assert.Equal(new BsonInt64(42), document["sequence"]);
        Assert.Equal("0190-e", document["id"].AsString);
        Assert.Equal("{\"a\":1}", document["dataJson"].AsString);
        Assert.Equal(appended, BsonSerializer.Deserialize<PublicEvent>(document));
    }

    [Fact]
    public void A_delivery_attempt_stores_no_computed_success_flag()
    {
        var attempt = new DeliveryAttempt("s1", 3, "e3", 2, null, "connection refused", 0.25, DateTimeOffset.UnixEpoch);
        var document = attempt.ToBsonDocument();
        Assert.False(document.Contains("succeeded"));
        Assert.False(document.Contains("_id"));
        Assert.Equal(new BsonInt64(3), document["sequence"]);
        Assert.Equal(BsonNull.Value, document["statusCode"]);
        Assert.Equal(attempt, BsonSerializer.Deserialize<DeliveryAttempt>(document));
    }

    [Fact]
    public void An_unknown_enum_name_is_refused_listing_the_known_ones()
    {
        var document = StoreDocuments.Article("e", 1).ToBsonDocument();
        document["kind"] = "poster";
        var error = Assert.ThrowsAny<Exception>(() => BsonSerializer.Deserialize<Article>(document));
        Assert.Contains("'poster' is not a ArticleKind", error.ToString());
        Assert.Contains("photo", error.ToString());
    }
}
