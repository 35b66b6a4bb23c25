using static Platform.Storage.Mongo.Tests.Wire.WireDocuments;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>
/// The store operations of the delivery guarantees through the driver against the scripted server: leases, the
/// stalled-work queries, the event quarantine and the events' dataref.
/// </summary>
public sealed class DeliveryWireTests : MockMongodStoreFixture
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_lease_is_taken_by_one_upsert_conditioned_on_mine_or_expired()
    {
        var take = store.Leases.TryAcquireAsync("outbox-dispatch", "host-a", Now, Now.AddSeconds(30));
        var command = await mock.ReceiveAsync();
        var statement = WireAssert.RetryableUpdate(command, "leases");
        Assert.Equal("outbox-dispatch", statement["q"]!["_id"]!.GetValue<string>());
        var either = statement["q"]!["$or"]!.AsArray();
        Assert.Equal("host-a", either[0]!["owner"]!.GetValue<string>());
        Assert.Equal(Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            either[1]!["expiresAt"]!["$lt"]!["$date"]!["$numberLong"]!.GetValue<string>());
        Assert.Equal("host-a", statement["u"]!["$set"]!["owner"]!.GetValue<string>());
        Assert.True(statement["upsert"]!.GetValue<bool>());
        await mock.ReplyAsync(Written(1));
        Assert.True(await take);
    }

    [Fact]
    public async Task A_lease_another_owner_holds_collides_on_the_id_and_is_not_taken()
    {
        var take = store.Leases.TryAcquireAsync("outbox-dispatch", "host-b", Now, Now.AddSeconds(30));
        Assert.Equal("update", (await mock.ReceiveAsync()).Name);
        await mock.ReplyAsync(DuplicateKey("_id_"));
        Assert.False(await take);
    }

    [Fact]
    public async Task Unparsed_raw_bulletins_are_a_page_of_raw_bulletins_minus_those_with_a_bulletin()
    {
        var list = store.RawBulletins.ListUnparsedAsync(Now, 50);
        var page = await mock.ReceiveAsync();
        Assert.Equal("find", page.Name);
        Assert.Equal("raw_bulletins", page["find"]!.GetValue<string>());
        Assert.NotNull(page["filter"]!["_receivedAtUtc"]!["$gte"]);
        Assert.Null(page["projection"]!["text"]);
        await mock.ReplyAsync(FirstBatch("raw_bulletins", Raw("b1"), Raw("b2")));
        var parsed = await mock.ReceiveAsync();
        Assert.Equal("bulletins", parsed["find"]!.GetValue<string>());
        Assert.Equal(["b1", "b2"], parsed["filter"]!["_id"]!["$in"]!.AsArray().Select(i => i!.GetValue<string>()));
        await mock.ReplyAsync(FirstBatch("bulletins", new JsonObject { ["_id"] = "b2" }));
        Assert.Equal([new UnparsedBulletin("b1", "push", new string('a', 64), Now)], await list);
    }

    private static JsonObject Raw(string id) => new()
    {
        ["_id"] = id,
        ["sourceId"] = "push",
        ["sha256"] = new string('a', 64),
        ["receivedAt"] = "2025-06-01T16:00:00+08:00",
    };

    [Fact]
    public async Task Unfinished_bulletins_are_found_by_status_after_an_id()
    {
        var list = store.Bulletins.ListUnfinishedAsync("b1", 20);
        var command = await mock.ReceiveAsync();
        Assert.Equal("find", command.Name);
        Assert.Equal("bulletins", command["find"]!.GetValue<string>());
        Assert.Equal(["received", "parsed", "enriched"], command["filter"]!["status"]!["$in"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("b1", command["filter"]!["_id"]!["$gt"]!.GetValue<string>());
        Assert.Equal("1", command["sort"]!["_id"]!["$numberInt"]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("bulletins"));
        Assert.Empty(await list);
    }

    [Fact]
    public async Task Quarantine_records_the_event_and_takes_it_out_of_the_outbox_in_one_transaction()
    {
        var quarantine = store.Events.QuarantineAsync(5, "PRECONDITION_FAILED - message size", Now);
        var find = await mock.ReceiveAsync();
        Assert.Equal("find", find.Name);
        Assert.Equal("events", find["find"]!.GetValue<string>());
        Assert.True(find["startTransaction"]!.GetValue<bool>());
        await mock.ReplyAsync(FirstBatch("events", Stored(new Contracts.Events.PublicEvent(5, "e5", "article.published", "a-01",
            "article.published.00.none", Now, "{}", false))));
        var record = await mock.ReceiveAsync();
        Assert.Equal("update", record.Name);
        Assert.Equal("event_quarantine", record["update"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(find["txnNumber"], record["txnNumber"]));
        var replacement = record["updates"]![0]!["u"]!;
        Assert.Equal(("e5", "article.published", "a-01", "PRECONDITION_FAILED - message size"),
            (replacement["eventId"]!.GetValue<string>(), replacement["type"]!.GetValue<string>(), replacement["subject"]!.GetValue<string>(),
                replacement["reason"]!.GetValue<string>()));
        Assert.True(record["updates"]![0]!["upsert"]!.GetValue<bool>());
        await mock.ReplyAsync(Written(1));
        var mark = await mock.ReceiveAsync();
        Assert.Equal("events", mark["update"]!.GetValue<string>());
        Assert.True(mark["updates"]![0]!["u"]!["$set"]!["dispatched"]!.GetValue<bool>());
        await mock.ReplyAsync(Written(1));
        Assert.Equal("commitTransaction", (await mock.ReceiveAsync()).Name);
        await mock.ReplyAsync(new JsonObject());
        await quarantine;
    }

    [Fact]
    public async Task An_event_reads_its_dataref_and_an_older_event_without_one_reads_null()
    {
        var read = store.Events.ReadAsync(0, 10);
        Assert.Equal("find", (await mock.ReceiveAsync()).Name);
        var withRef = Stored(new Contracts.Events.PublicEvent(1, "e1", "article.published", "a-01", "article.published.00.none", Now, "{}", false,
            "https://platform.example/v1/articles/a-01"));
        var older = Stored(new Contracts.Events.PublicEvent(2, "e2", "article.published", "a-02", "article.published.00.none", Now, "{}", false));
        older.Remove("dataRef");
        await mock.ReplyAsync(FirstBatch("events", withRef, older));
        Assert.Equal(["https://platform.example/v1/articles/a-01", null], (await read).Select(e => e.DataRef));
        Assert.Equal("https://platform.example/v1/articles/a-01", withRef["dataRef"]!.GetValue<string>());
    }
}
