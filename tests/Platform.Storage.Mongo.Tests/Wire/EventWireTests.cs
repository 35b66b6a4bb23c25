using static Platform.Storage.Mongo.Tests.Wire.WireDocuments;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>
/// Event appends through the official driver against the scripted server: the counter increment and the insert
/// travel in one transaction, and a write conflict on the counter reruns the whole transaction.
/// </summary>
public sealed class EventWireTests : MockMongodStoreFixture
{
    [Fact]
    public async Task Append_takes_the_next_sequence_and_inserts_the_event_in_one_majority_transaction()
    {
        var append = store.Events.AppendAsync(new NewEvent("k1", "article.published", "a-01", "article.published.43.x", "{\"a\":1}"));
        var lookup = await mock.ReceiveAsync();
        Assert.Equal("find", lookup.Name);
        Assert.Equal("k1", lookup["filter"]!["dedupKey"]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("events"));

        var counter = await mock.ReceiveAsync();
        Assert.Equal("findAndModify", counter.Name);
        Assert.Equal("counters", counter["findAndModify"]!.GetValue<string>());
        Assert.Equal("1", Int64(counter["update"]!["$inc"]!["sequence"]));
        Assert.True(counter["startTransaction"]!.GetValue<bool>());
        Assert.False(counter["autocommit"]!.GetValue<bool>());
        Assert.Equal("snapshot", counter["readConcern"]!["level"]!.GetValue<string>());
        Assert.Null(counter["writeConcern"]);
        await mock.ReplyAsync(new JsonObject { ["value"] = new JsonObject { ["_id"] = "events", ["sequence"] = new JsonObject { ["$numberLong"] = "42" } } });

        var insert = await mock.ReceiveAsync();
        Assert.Equal("events", insert["insert"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(counter["lsid"], insert["lsid"]));
        Assert.True(JsonNode.DeepEquals(counter["txnNumber"], insert["txnNumber"]));
        Assert.False(insert["autocommit"]!.GetValue<bool>());
        Assert.Null(insert["startTransaction"]);
        var stored = insert["documents"]![0]!;
        Assert.Equal("42", Int64(stored["_id"]));
        Assert.Equal("42", Int64(stored["sequence"]));
        Assert.Equal("k1", stored["dedupKey"]!.GetValue<string>());
        Assert.Equal("{\"a\":1}", stored["dataJson"]!.GetValue<string>());
        Assert.False(stored["dispatched"]!.GetValue<bool>());
        await mock.ReplyAsync(Written(1));

        var commit = await mock.ReceiveAsync();
        Assert.Equal("commitTransaction", commit.Name);
        Assert.Equal("admin", commit["$db"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(counter["txnNumber"], commit["txnNumber"]));
        Assert.Equal("majority", commit["writeConcern"]!["w"]!.GetValue<string>());
        await mock.ReplyAsync(new JsonObject());

        var (appended, isNew) = await append;
        Assert.True(isNew);
        Assert.Equal(42, appended.Sequence);
    }

    [Fact]
    public async Task Appended_keys_are_counted_by_the_server_over_the_dedup_key_index()
    {
        var count = store.Events.CountAppendedAsync(["article:a-01:first", "article:a-02:first"]);
        var aggregate = await mock.ReceiveAsync();
        Assert.Equal("events", aggregate["aggregate"]!.GetValue<string>());
        var keys = aggregate["pipeline"]![0]!["$match"]!["dedupKey"]!["$in"]!.AsArray().Select(k => k!.GetValue<string>());
        Assert.Equal(["article:a-01:first", "article:a-02:first"], keys);
        await mock.ReplyAsync(FirstBatch("events", new JsonObject { ["_id"] = 1, ["n"] = 1 }));
        Assert.Equal(1, await count);
    }

    [Fact]
    public async Task A_stored_dedup_key_returns_the_first_event_without_a_transaction()
    {
        var first = new Contracts.Events.PublicEvent(7, "e7", "bulletin.published", "b", "bulletin.published", DateTimeOffset.UnixEpoch, "{}", true);
        var append = store.Events.AppendAsync(new NewEvent("k7", "bulletin.published", "b", "bulletin.published", "{\"other\":1}"));
        Assert.Equal("find", (await mock.ReceiveAsync()).Name);
        var stored = Stored(first);
        stored["dedupKey"] = "k7";
        await mock.ReplyAsync(FirstBatch("events", stored));
        var (existing, isNew) = await append;
        Assert.False(isNew);
        Assert.Equal(first with { }, existing);
        await AssertNextRequestIsAPingAsync();
    }

    /// <summary>
    /// Two appenders race, and the mock plays the server's part: the counter document stays write-locked by the
    /// first transaction that incremented it until that transaction commits, so the other one's increment gets
    /// WriteConflict (a TransientTransactionError) until then. The loser must rerun its whole transaction, each
    /// time as a new one, and insert only under the number its committed transaction took.
    /// </summary>
    [Fact]
    public async Task A_write_conflict_on_the_counter_reruns_the_whole_transaction_until_the_first_commits()
    {
        var appendA = store.Events.AppendAsync(new NewEvent("ka", "article.published", "a-01", "article.published.43.x", "{}"));
        var appendB = store.Events.AppendAsync(new NewEvent("kb", "article.published", "a-02", "article.published.43.x", "{}"));
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("find", (await mock.ReceiveAsync()).Name);
            await mock.ReplyAsync(FirstBatch("events"));
        }

        JsonNode? holder = null; // lsid of the transaction holding the counter
        long counter = 0;
        var granted = new Dictionary<string, (JsonNode? TxnNumber, long Sequence)>();
        var inserted = new Dictionary<string, long>();
        var conflicts = 0;
        var committed = 0;
        var attempts = new List<string>();
        while (committed < 2)
        {
            var request = await mock.ReceiveAsync();
            var session = request["lsid"]!.ToJsonString();
            switch (request.Name)
            {
                case "findAndModify" when holder is not null && !JsonNode.DeepEquals(holder, request["lsid"]):
                    Assert.True(request["startTransaction"]!.GetValue<bool>());
                    attempts.Add(request["txnNumber"]!.ToJsonString() + session);
                    conflicts++;
                    await mock.CommandErrorAsync(112, "WriteConflict error: this operation conflicted with another operation", "TransientTransactionError");
                    break;
                case "findAndModify":
                    Assert.True(request["startTransaction"]!.GetValue<bool>());
                    attempts.Add(request["txnNumber"]!.ToJsonString() + session);
                    holder = request["lsid"];
                    granted[session] = (request["txnNumber"], ++counter);
                    await mock.ReplyAsync(Counter(counter));
                    break;
                case "insert":
                    Assert.True(granted.TryGetValue(session, out var grant), "an insert outside the transaction that took a number");
                    Assert.True(JsonNode.DeepEquals(grant.TxnNumber, request["txnNumber"]), "the insert must be in the transaction that took the number");
                    inserted[session] = long.Parse(Int64(request["documents"]![0]!["sequence"]), System.Globalization.CultureInfo.InvariantCulture);
                    Assert.Equal(grant.Sequence, inserted[session]);
                    await mock.ReplyAsync(Written(1));
                    break;
                case "commitTransaction":
                    Assert.True(inserted.ContainsKey(session));
                    Assert.Equal("majority", request["writeConcern"]!["w"]!.GetValue<string>());
                    holder = null;
                    committed++;
                    await mock.ReplyAsync(new JsonObject());
                    break;
                case "abortTransaction":
                    await mock.ReplyAsync(new JsonObject());
                    break;
                default:
                    throw new Xunit.Sdk.XunitException($"unexpected {request}");
            }
        }

        Assert.True(conflicts >= 1, "the second increment must have met the first transaction's lock");
        Assert.Equal(attempts.Count, attempts.Distinct().Count()); // every rerun is a new transaction
        var a = await appendA;
        var b = await appendB;
        Assert.True(a.Appended && b.Appended);
        Assert.Equal([1L, 2L], new[] { a.Event.Sequence, b.Event.Sequence }.Order());
    }

    [Fact]
    public async Task A_duplicate_dedup_key_inside_the_transaction_returns_the_event_stored_first()
    {
        var append = store.Events.AppendAsync(new NewEvent("k9", "bulletin.published", "b", "bulletin.published", "{}"));
        Assert.Equal("find", (await mock.ReceiveAsync()).Name);
        await mock.ReplyAsync(FirstBatch("events"));
        Assert.Equal("findAndModify", (await mock.ReceiveAsync()).Name);
        await mock.ReplyAsync(Counter(9));
        Assert.Equal("insert", (await mock.ReceiveAsync()).Name);
        await mock.ReplyAsync(DuplicateKey("dedupKey_unique"));
        var next = await mock.ReceiveAsync();
        if (next.Name == "abortTransaction")
        {
            await mock.ReplyAsync(new JsonObject());
            next = await mock.ReceiveAsync();
        }
        Assert.Equal("find", next.Name);
        Assert.Equal("k9", next["filter"]!["dedupKey"]!.GetValue<string>());
        var first = Stored(new Contracts.Events.PublicEvent(8, "e8", "bulletin.published", "b", "bulletin.published", DateTimeOffset.UnixEpoch, "{}", false));
        await mock.ReplyAsync(FirstBatch("events", first));
        var (existing, isNew) = await append;
        Assert.False(isNew);
        Assert.Equal(8, existing.Sequence);
    }

    private static JsonObject Counter(long sequence) =>
        new() { ["value"] = new JsonObject { ["_id"] = "events", ["sequence"] = new JsonObject { ["$numberLong"] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) } } };
}
