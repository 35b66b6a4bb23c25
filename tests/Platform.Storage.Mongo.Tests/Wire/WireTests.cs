using System.Diagnostics;
using Platform.Storage.Tests;
using static Platform.Storage.Mongo.Tests.Wire.WireDocuments;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>
/// The adapter through the official driver against a scripted python3-mockupdb server: the handshake, the
/// exact commands sent, and how server errors, failovers and dropped connections come back.
/// </summary>
public sealed class WireTests : MockMongodStoreFixture
{
    [Fact]
    public async Task The_handshake_names_the_driver_and_the_application_and_accepts_hello()
    {
        var ping = store.PingAsync();
        var command = await mock.ReceiveAsync();
        await mock.ReplyAsync(new JsonObject());
        await ping;
        var handshake = (await mock.HandshakesAsync())[0];
        Assert.Contains(handshake.First().Key, new[] { "isMaster", "hello" });
        Assert.True(handshake["helloOk"]!.GetValue<bool>());
        Assert.Equal("mongo-csharp-driver", handshake["client"]!["driver"]!["name"]!.GetValue<string>());
        Assert.Equal("platform", handshake["client"]!["application"]!["name"]!.GetValue<string>());
        Assert.Equal("ping", command.Name);
    }

    [Fact]
    public async Task Ping_sends_a_bare_ping()
    {
        var ping = store.PingAsync();
        var command = await mock.ReceiveAsync();
        Assert.Equal("ping", command.Name);
        Assert.Null(command["readConcern"]);
        Assert.Null(command["writeConcern"]);
        await mock.ReplyAsync(new JsonObject());
        await ping;
    }

    [Fact]
    public async Task First_write_is_an_insert_with_write_concern_majority_in_a_retryable_session()
    {
        var article = StoreDocuments.Article("wire", 1, region: "430105");
        var write = store.Articles.UpsertAsync(article, 0);
        var insert = await mock.ReceiveAsync();
        Assert.Equal("insert", insert.Name);
        Assert.Equal("articles", insert["insert"]!.GetValue<string>());
        Assert.Equal("platform_wire", insert["$db"]!.GetValue<string>());
        Assert.Equal("majority", insert["writeConcern"]!["w"]!.GetValue<string>());
        Assert.NotNull(insert["lsid"]);
        Assert.NotNull(insert["txnNumber"]);
        var document = Assert.Single(insert["documents"]!.AsArray())!;
        Assert.Equal("wire-01", document["_id"]!.GetValue<string>());
        Assert.Equal("wire-01", document["id"]!.GetValue<string>());
        Assert.Equal("1", Int64(document["version"]));
        Assert.Equal("article", document["kind"]!.GetValue<string>());
        Assert.Equal("enriched", document["status"]!.GetValue<string>());
        Assert.Equal("430105", document["enrichment"]!["regions"]!["primary"]!["code"]!.GetValue<string>());
        Assert.Equal(4, document["_fingerprintBands"]!.AsArray().Count);
        await mock.ReplyAsync(Written(1));
        Assert.Equal(new WriteResult(true, 1), await write);
    }

    [Fact]
    public async Task Later_write_replaces_only_where_the_version_matches_and_reports_the_stored_version_on_conflict()
    {
        var write = store.Articles.UpsertAsync(StoreDocuments.Article("wire", 2), 3);
        var update = await mock.ReceiveAsync();
        Assert.Equal("update", update.Name);
        Assert.Equal("articles", update["update"]!.GetValue<string>());
        Assert.Equal("majority", update["writeConcern"]!["w"]!.GetValue<string>());
        Assert.NotNull(update["txnNumber"]);
        var statement = Assert.Single(update["updates"]!.AsArray())!;
        Assert.Equal("wire-02", statement["q"]!["_id"]!.GetValue<string>());
        Assert.Equal("3", Int64(statement["q"]!["version"]));
        Assert.Equal("4", Int64(statement["u"]!["version"]));
        Assert.Equal("wire-02", statement["u"]!["_id"]!.GetValue<string>());
        Assert.NotEqual(true, statement["upsert"]?.GetValue<bool>());
        Assert.NotEqual(true, statement["multi"]?.GetValue<bool>());
        await mock.ReplyAsync(Written(0));

        var read = await mock.ReceiveAsync();
        Assert.Equal("find", read.Name);
        Assert.Equal("wire-02", read["filter"]!["_id"]!.GetValue<string>());
        Assert.Equal("majority", read["readConcern"]!["level"]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("articles", new JsonObject { ["_id"] = "wire-02", ["version"] = new JsonObject { ["$numberLong"] = "5" } }));
        Assert.Equal(new WriteResult(false, 5), await write);
    }

    [Fact]
    public async Task An_existing_document_on_first_write_is_a_conflict_with_its_version()
    {
        var write = store.Bulletins.UpsertAsync(StoreDocuments.Bulletin("dup"), 0);
        Assert.Equal("insert", (await mock.ReceiveAsync()).Name);
        await mock.ReplyAsync(DuplicateKey("_id_"));
        var read = await mock.ReceiveAsync();
        Assert.Equal("find", read.Name);
        Assert.Equal("dup", read["filter"]!["_id"]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("bulletins", new JsonObject { ["_id"] = "dup", ["version"] = new JsonObject { ["$numberLong"] = "2" } }));
        Assert.Equal(new WriteResult(false, 2), await write);
    }

    [Fact]
    public async Task Duplicate_key_on_the_sha256_index_returns_the_first_bulletin()
    {
        var add = store.RawBulletins.AddAsync(StoreDocuments.Raw("second", new string('2', 64)));
        var insert = await mock.ReceiveAsync();
        Assert.Equal("raw_bulletins", insert["insert"]!.GetValue<string>());
        var stored = insert["documents"]![0]!;
        Assert.Equal("00", stored["bytes"]!["$binary"]!["subType"]!.GetValue<string>());
        Assert.Equal("5LitAP8=", stored["bytes"]!["$binary"]!["base64"]!.GetValue<string>());
        Assert.Equal("中文正文", stored["text"]!.GetValue<string>());
        Assert.Equal("2024-05-31T08:00:00+00:00", stored["receivedAt"]!.GetValue<string>());
        Assert.NotNull(stored["_receivedAtUtc"]!["$date"]);
        await mock.ReplyAsync(DuplicateKey("sha256_unique"));
        var find = await mock.ReceiveAsync();
        Assert.Equal(new string('2', 64), find["filter"]!["sha256"]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("raw_bulletins", new JsonObject { ["_id"] = "first" }));
        Assert.Equal(new AddRawResult(false, "first"), await add);
    }

    [Fact]
    public async Task Article_query_sends_find_with_filter_sort_limit_and_read_concern()
    {
        var query = store.Articles.QueryAsync(new ArticleQuery(
            RegionPrefix: "43", Topic: "volunteering", Kind: Contracts.Documents.ArticleKind.Photo, From: new DateOnly(2020, 1, 1), Cursor: "q-01", Limit: 2));
        var find = await mock.ReceiveAsync();
        Assert.Equal("find", find.Name);
        Assert.Equal("articles", find["find"]!.GetValue<string>());
        var filter = find["filter"]!;
        Assert.Equal("^43", filter["enrichment.regions.primary.code"]!["$regularExpression"]!["pattern"]!.GetValue<string>());
        Assert.Equal("volunteering", filter["enrichment.topics.id"]!.GetValue<string>());
        Assert.Equal("photo", filter["kind"]!.GetValue<string>());
        Assert.Equal("2020-01-01", filter["enrichment.date"]!["$gte"]!.GetValue<string>());
        Assert.Equal("q-01", filter["_id"]!["$gt"]!.GetValue<string>());
        Assert.Equal("1", find["sort"]!["_id"]!["$numberInt"]!.GetValue<string>());
        Assert.Equal("3", find["limit"]!["$numberInt"]!.GetValue<string>());
        Assert.Equal("majority", find["readConcern"]!["level"]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("articles",
            Stored(StoreDocuments.Article("q", 2)), Stored(StoreDocuments.Article("q", 3)), Stored(StoreDocuments.Article("q", 4))));
        var page = await query;
        Assert.Equal(["q-02", "q-03"], page.Items.Select(a => a.Id));
        Assert.Equal("q-03", page.NextCursor);
    }

    [Fact]
    public async Task Initialize_creates_the_indexes_and_the_event_counter_with_write_concern_majority()
    {
        var init = store.InitializeAsync();
        var served = await mock.ServeAsync(
            request => request.Name == "update" ? Written(1) : new JsonObject { ["numIndexesBefore"] = 1, ["numIndexesAfter"] = 2 },
            request => request.Name == "update");
        await init;
        var creates = served.Where(r => r.Name == "createIndexes").ToDictionary(r => r["createIndexes"]!.GetValue<string>(), r => r["indexes"]!.AsArray());
        Assert.Equal(["articles", "bulletins", "events", "failures", "raw_bulletins", "sources", "webhook_deliveries"], creates.Keys.Order());
        Assert.All(served, r => Assert.Equal("majority", r["writeConcern"]!["w"]!.GetValue<string>()));
        var sha = creates["raw_bulletins"].Single(i => i!["name"]!.GetValue<string>() == "sha256_unique")!;
        Assert.True(sha["unique"]!.GetValue<bool>());
        Assert.Contains(creates["events"], i => i!["name"]!.GetValue<string>() == "dedupKey_unique" && i["unique"]!.GetValue<bool>());
        Assert.Contains(creates["articles"], i => i!["key"]!["enrichment.regions.primary.code"] is not null);
        Assert.Contains(creates["articles"], i => i!["key"]!["_fingerprintBands"] is not null);
        var counter = served[^1];
        Assert.Equal("counters", counter["update"]!.GetValue<string>());
        Assert.Equal("events", counter["updates"]![0]!["q"]!["_id"]!.GetValue<string>());
        Assert.Equal("0", Int64(counter["updates"]![0]!["u"]!["$setOnInsert"]!["sequence"]));
        Assert.True(counter["updates"]![0]!["upsert"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Not_writable_primary_is_retried_once_with_the_same_transaction_number()
    {
        var write = store.Articles.UpsertAsync(StoreDocuments.Article("retry", 1), 0);
        var first = await mock.ReceiveAsync();
        await mock.CommandErrorAsync(10107, "not primary", "RetryableWriteError");
        var second = await mock.ReceiveAsync();
        Assert.Equal("insert", second.Name);
        Assert.NotNull(first["txnNumber"]);
        Assert.True(JsonNode.DeepEquals(first["txnNumber"], second["txnNumber"]), $"{first["txnNumber"]} vs {second["txnNumber"]}");
        Assert.True(JsonNode.DeepEquals(first["lsid"], second["lsid"]));
        await mock.ReplyAsync(Written(1));
        Assert.Equal(new WriteResult(true, 1), await write);
    }

    [Fact]
    public async Task Not_writable_primary_twice_is_unavailable()
    {
        var write = store.Articles.UpsertAsync(StoreDocuments.Article("retry", 2), 0);
        await mock.ReceiveAsync();
        await mock.CommandErrorAsync(10107, "not primary", "RetryableWriteError");
        await mock.ReceiveAsync();
        await mock.CommandErrorAsync(10107, "not primary", "RetryableWriteError");
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => write);
        Assert.Contains("10107", error.Message);
        Assert.Contains("retry-02", error.Message);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_on_a_new_one()
    {
        var write = store.Articles.UpsertAsync(StoreDocuments.Article("net", 1), 0);
        var first = await mock.ReceiveAsync();
        await mock.HangupAsync();
        var second = await mock.ReceiveAsync();
        Assert.Equal("insert", second.Name);
        Assert.True(JsonNode.DeepEquals(first["txnNumber"], second["txnNumber"]));
        await mock.ReplyAsync(Written(1));
        Assert.Equal(new WriteResult(true, 1), await write);
    }

    [Fact]
    public async Task A_connection_dropped_twice_is_unavailable()
    {
        var read = store.Articles.GetAsync("gone-01");
        await mock.ReceiveAsync();
        await mock.HangupAsync();
        await mock.ReceiveAsync();
        await mock.HangupAsync();
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => read);
        Assert.Contains("gone-01", error.Message);
    }

    [Fact]
    public async Task Other_server_errors_are_store_exceptions_with_the_server_message()
    {
        var write = store.Articles.UpsertAsync(StoreDocuments.Article("bad", 1), 0);
        await mock.ReceiveAsync();
        await mock.CommandErrorAsync(2, "BadValue: something is off");
        var error = await Assert.ThrowsAsync<StoreException>(() => write);
        Assert.Contains("something is off", error.Message);
    }

    [Fact]
    public async Task An_unexpected_duplicate_key_is_a_concurrency_conflict()
    {
        var record = store.Failures.RecordAsync(new Failure("parse", "x1", "boom", DateTimeOffset.UnixEpoch));
        Assert.Equal("insert", (await mock.ReceiveAsync()).Name);
        await mock.ReplyAsync(DuplicateKey("_id_"));
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => record);
        Assert.Contains("x1", error.Message);
    }

    [Fact]
    public async Task A_document_over_16_MiB_is_refused_with_its_size_before_anything_is_sent()
    {
        var article = StoreDocuments.Article("big", 1, text: new string('文', 6_000_000));
        var error = await Assert.ThrowsAsync<StoreException>(() => store.Articles.UpsertAsync(article, 0));
        Assert.True(error.Message.Contains("16 MiB", StringComparison.Ordinal), error.ToString());
        Assert.Contains("big-01", error.Message);
        await AssertNextRequestIsAPingAsync();
    }

    [Fact]
    public async Task Text_that_is_not_valid_unicode_is_refused_before_anything_is_sent()
    {
        var article = StoreDocuments.Article("bad", 2, text: "前\ud800后");
        var error = await Assert.ThrowsAsync<StoreException>(() => store.Articles.UpsertAsync(article, 0));
        Assert.True(error.Message.Contains("not valid Unicode", StringComparison.Ordinal), error.ToString());
        Assert.Contains("bad-02", error.Message);
        await AssertNextRequestIsAPingAsync();
    }

    [Fact]
    public async Task Unreachable_server_is_reported_within_the_server_selection_timeout()
    {
        await using var unreachable = MongoDocumentStore.Create(new MongoStoreOptions("mongodb://127.0.0.1:9/", "platform")
        {
            ServerSelectionTimeout = TimeSpan.FromMilliseconds(500),
        });
        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => unreachable.PingAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Contains("unreachable", error.Message);
        Assert.Contains("500 ms", error.Message);
    }
}
