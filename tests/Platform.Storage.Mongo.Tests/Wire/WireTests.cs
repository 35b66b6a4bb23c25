using System.Diagnostics;
using System.Text.Json.Nodes;
using Platform.Contracts.Documents;
using Platform.Storage.Tests;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>
/// The adapter through the real libmongoc against a scripted python3-mockupdb server: the exact
/// commands sent, and how server errors, failovers and dropped connections come back.
/// </summary>
public sealed class WireTests : MockMongodStoreFixture
{
    [Fact]
    public async Task First_write_is_an_upsert_if_absent_with_write_concern_majority_in_a_retryable_session()
    {
        var article = StoreDocuments.Article("wire", 1, region: "430105");
        var write = store.Articles.UpsertAsync(article, 0);
        var insert = await mock.ReceiveAsync();
        Assert.Equal("findAndModify", insert.Name);
        Assert.Equal("articles", insert["findAndModify"]!.GetValue<string>());
        Assert.Equal("wire-01", insert["query"]!["_id"]!.GetValue<string>());
        Assert.True(insert["upsert"]!.GetValue<bool>());
        Assert.Equal("platform_wire", insert["$db"]!.GetValue<string>());
        Assert.Equal("majority", insert["writeConcern"]!["w"]!.GetValue<string>());
        Assert.NotNull(insert["lsid"]);
        Assert.NotNull(insert["txnNumber"]);
        var document = insert["update"]!["$setOnInsert"]!;
        Assert.Equal("wire-01", document["id"]!.GetValue<string>());
        Assert.Equal("1", document["version"]!["$numberLong"]!.GetValue<string>());
        Assert.Equal("430105", document["enrichment"]!["regions"]!["primary"]!["code"]!.GetValue<string>());
        Assert.Equal(4, document["_fingerprintBands"]!.AsArray().Count);
        await mock.ReplyAsync(Upserted("wire-01"));
        Assert.Equal(new WriteResult(true, 1), await write);
    }

    [Fact]
    public async Task Later_write_replaces_only_where_the_version_matches_and_reports_the_stored_version_on_conflict()
    {
        var write = store.Articles.UpsertAsync(StoreDocuments.Article("wire", 2), 3);
        var update = await mock.ReceiveAsync();
        Assert.Equal("findAndModify", update.Name);
        Assert.Equal("wire-02", update["query"]!["_id"]!.GetValue<string>());
        Assert.Equal("3", update["query"]!["version"]!["$numberLong"]!.GetValue<string>());
        Assert.False(update["upsert"]!.GetValue<bool>());
        Assert.Equal("4", update["update"]!["version"]!["$numberLong"]!.GetValue<string>());
        Assert.Equal("majority", update["writeConcern"]!["w"]!.GetValue<string>());
        Assert.NotNull(update["txnNumber"]);
        await mock.ReplyAsync(new JsonObject { ["lastErrorObject"] = new JsonObject { ["n"] = 0, ["updatedExisting"] = false }, ["value"] = null });

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
        var command = await mock.ReceiveAsync();
        Assert.Equal("findAndModify", command.Name);
        Assert.Equal("1", command["fields"]!["version"]!["$numberInt"]!.GetValue<string>());
        await mock.ReplyAsync(new JsonObject
        {
            ["lastErrorObject"] = new JsonObject { ["n"] = 1, ["updatedExisting"] = true },
            ["value"] = new JsonObject { ["_id"] = "dup", ["version"] = new JsonObject { ["$numberLong"] = "2" } },
        });
        Assert.Equal(new WriteResult(false, 2), await write);
    }

    [Fact]
    public async Task Duplicate_key_11000_on_the_sha256_index_returns_the_first_bulletin()
    {
        var add = store.RawBulletins.AddAsync(StoreDocuments.Raw("second", new string('2', 64)));
        var command = await mock.ReceiveAsync();
        Assert.Equal("raw_bulletins", command["findAndModify"]!.GetValue<string>());
        var stored = command["update"]!["$setOnInsert"]!;
        Assert.Equal("00", stored["bytes"]!["$binary"]!["subType"]!.GetValue<string>());
        Assert.Equal("5LitAP8=", stored["bytes"]!["$binary"]!["base64"]!.GetValue<string>());
        Assert.NotNull(stored["_receivedAtUtc"]!["$date"]);
        await mock.CommandErrorAsync(11000, "E11000 duplicate key error collection: platform_wire.raw_bulletins index: sha256_unique");
        var find = await mock.ReceiveAsync();
        Assert.Equal(new string('2', 64), find["filter"]!["sha256"]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("raw_bulletins", new JsonObject { ["_id"] = "first" }));
        Assert.Equal(new AddRawResult(false, "first"), await add);
    }

    [Fact]
    public async Task Article_query_sends_find_with_filter_sort_limit_and_read_concern()
    {
        var query = store.Articles.QueryAsync(new ArticleQuery(RegionPrefix: "43", Topic: "volunteering", From: new DateOnly(2020, 1, 1), Cursor: "q-01", Limit: 2));
        var find = await mock.ReceiveAsync();
        Assert.Equal("find", find.Name);
        Assert.Equal("articles", find["find"]!.GetValue<string>());
        var filter = find["filter"]!;
        Assert.Equal("^43", filter["enrichment.regions.primary.code"]!["$regularExpression"]!["pattern"]!.GetValue<string>());
        Assert.Equal("volunteering", filter["enrichment.topics.id"]!.GetValue<string>());
        Assert.Equal("2020-01-01", filter["enrichment.date"]!["$gte"]!.GetValue<string>());
        Assert.Equal("q-01", filter["_id"]!["$gt"]!.GetValue<string>());
        Assert.Equal("1", find["sort"]!["_id"]!["$numberInt"]!.GetValue<string>());
        Assert.Equal("3", find["limit"]!["$numberInt"]!.GetValue<string>());
        Assert.True(find["singleBatch"]!.GetValue<bool>());
        Assert.Equal("majority", find["readConcern"]!["level"]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("articles", Stored("q", 2), Stored("q", 3), Stored("q", 4)));
        var page = await query;
        Assert.Equal(["q-02", "q-03"], page.Items.Select(a => a.Id));
        Assert.Equal("q-03", page.NextCursor);
    }

    [Fact]
    public async Task Initialize_creates_the_indexes_with_write_concern_majority()
    {
        var init = store.InitializeAsync();
        var seen = new Dictionary<string, JsonNode>();
        for (var i = 0; i < 6; i++)
        {
            var create = await mock.ReceiveAsync();
            Assert.Equal("createIndexes", create.Name);
            Assert.Equal("majority", create["writeConcern"]!["w"]!.GetValue<string>());
            seen[create["createIndexes"]!.GetValue<string>()] = create["indexes"]!;
            await mock.ReplyAsync(new JsonObject { ["numIndexesBefore"] = 1, ["numIndexesAfter"] = 2 });
        }
        await init;
        var sha = seen["raw_bulletins"].AsArray().Single(i => i!["name"]!.GetValue<string>() == "sha256_unique")!;
        Assert.True(sha["unique"]!.GetValue<bool>());
        Assert.NotNull(sha["key"]!["sha256"]);
        Assert.Contains(seen["events"].AsArray(), i => i!["name"]!.GetValue<string>() == "dedupKey_unique" && i["unique"]!.GetValue<bool>());
        Assert.Contains(seen["articles"].AsArray(), i => i!["key"]!["enrichment.regions.primary.code"] is not null);
        Assert.Contains(seen["articles"].AsArray(), i => i!["key"]!["_fingerprintBands"] is not null);
        Assert.Contains(seen["webhook_deliveries"].AsArray(), i => i!["key"]!["subscriptionId"] is not null);
    }

    [Fact]
    public async Task Not_writable_primary_is_retried_once_with_the_same_transaction_number()
    {
        var write = store.Articles.UpsertAsync(StoreDocuments.Article("retry", 1), 0);
        var first = await mock.ReceiveAsync();
        await mock.CommandErrorAsync(10107, "not primary", "RetryableWriteError");
        var second = await mock.ReceiveAsync();
        Assert.Equal("findAndModify", second.Name);
        Assert.NotNull(first["txnNumber"]);
        Assert.True(JsonNode.DeepEquals(first["txnNumber"], second["txnNumber"]), $"{first["txnNumber"]} vs {second["txnNumber"]}");
        Assert.True(JsonNode.DeepEquals(first["lsid"], second["lsid"]));
        await mock.ReplyAsync(Upserted("retry-01"));
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
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_on_a_new_one()
    {
        var write = store.Articles.UpsertAsync(StoreDocuments.Article("net", 1), 0);
        var first = await mock.ReceiveAsync();
        await mock.HangupAsync();
        var second = await mock.ReceiveAsync();
        Assert.Equal("findAndModify", second.Name);
        Assert.True(JsonNode.DeepEquals(first["txnNumber"], second["txnNumber"]));
        await mock.ReplyAsync(Upserted("net-01"));
        Assert.Equal(new WriteResult(true, 1), await write);
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
    public async Task Event_append_takes_the_next_sequence_from_the_counter()
    {
        var append = store.Events.AppendAsync(new NewEvent("k1", "article.published", "a-01", "article.published.43.x", "{\"a\":1}"));
        Assert.Equal("find", (await mock.ReceiveAsync()).Name);
        await mock.ReplyAsync(FirstBatch("events"));
        var counter = await mock.ReceiveAsync();
        Assert.Equal("findAndModify", counter.Name);
        Assert.Equal("counters", counter["findAndModify"]!.GetValue<string>());
        Assert.Equal("1", counter["update"]!["$inc"]!["sequence"]!["$numberLong"]!.GetValue<string>());
        Assert.True(counter["new"]!.GetValue<bool>());
        Assert.True(counter["upsert"]!.GetValue<bool>());
        await mock.ReplyAsync(new JsonObject { ["value"] = new JsonObject { ["_id"] = "events", ["sequence"] = new JsonObject { ["$numberLong"] = "42" } } });
        var insert = await mock.ReceiveAsync();
        Assert.Equal("events", insert["findAndModify"]!.GetValue<string>());
        Assert.Equal("42", insert["query"]!["_id"]!["$numberLong"]!.GetValue<string>());
        Assert.Equal("42", insert["update"]!["$setOnInsert"]!["sequence"]!["$numberLong"]!.GetValue<string>());
        Assert.Equal("k1", insert["update"]!["$setOnInsert"]!["dedupKey"]!.GetValue<string>());
        await mock.ReplyAsync(Upserted(new JsonObject { ["$numberLong"] = "42" }));
        var (appended, isNew) = await append;
        Assert.True(isNew);
        Assert.Equal(42, appended.Sequence);
    }

    [Fact]
    public async Task Ping_sends_a_bare_ping()
    {
        var ping = store.PingAsync();
        var command = await mock.ReceiveAsync();
        Assert.Equal("ping", command.Name);
        Assert.Null(command["readConcern"]);
        await mock.ReplyAsync(new JsonObject());
        await ping;
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
    }

    private static JsonObject Upserted(JsonNode id) => new()
    {
        ["lastErrorObject"] = new JsonObject { ["n"] = 1, ["updatedExisting"] = false, ["upserted"] = id },
        ["value"] = null,
    };

    private static JsonObject FirstBatch(string collection, params JsonObject[] documents) => new()
    {
        ["cursor"] = new JsonObject
        {
            ["id"] = new JsonObject { ["$numberLong"] = "0" },
            ["ns"] = $"platform_wire.{collection}",
            ["firstBatch"] = new JsonArray(documents),
        },
    };

    private static JsonObject Stored(string bulletinId, int ordinal)
    {
        var article = StoreDocuments.Article(bulletinId, ordinal);
        var document = StoredDocument.From(article, "articles", article.Id);
        document["_id"] = article.Id;
        return document;
    }
}
