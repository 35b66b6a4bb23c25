using static Platform.Storage.Mongo.Tests.Wire.WireDocuments;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>The webhook subscription store, source revocation and outbox replay through the driver against the scripted server.</summary>
public sealed class SubscriptionWireTests : MockMongodStoreFixture
{
    [Fact]
    public async Task Cursor_advance_is_a_retryable_update_conditioned_on_the_expected_int64_cursor()
    {
        var advance = store.Subscriptions.AdvanceAsync("sub-1", 41, 42);
        var command = await mock.ReceiveAsync();
        var statement = WireAssert.RetryableUpdate(command, "subscriptions");
        Assert.Equal("sub-1", statement["q"]!["_id"]!.GetValue<string>());
        Assert.Equal("41", Int64(statement["q"]!["cursor"]));
        Assert.Equal("42", Int64(statement["u"]!["$set"]!["cursor"]));
        Assert.Equal("0", statement["u"]!["$set"]!["consecutiveFailures"]!["$numberInt"]!.GetValue<string>());
        Assert.NotEqual(true, statement["upsert"]?.GetValue<bool>());
        // No match: a replay moved the cursor meanwhile.
        await mock.ReplyAsync(Written(0));
        Assert.False(await advance);
    }

    [Fact]
    public async Task Disabling_stores_the_time_as_the_same_iso_string_as_the_document()
    {
        var at = new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.FromHours(8));
        var record = store.Subscriptions.RecordFailureAsync("sub-3", 5, "5 failures", at);
        var set = (await mock.ReceiveAsync())["updates"]![0]!["u"]!["$set"]!;
        Assert.Equal("2025-03-02T08:00:00+08:00", set["disabledAt"]!.GetValue<string>());
        Assert.Equal("5 failures", set["disabledReason"]!.GetValue<string>());
        await mock.ReplyAsync(Written(1));
        Assert.True(await record);
    }

    [Fact]
    public async Task Revoking_a_source_sets_revoked_at_as_an_iso_string()
    {
        var revoke = store.Sources.RevokeAsync("feed-a", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var statement = (await mock.ReceiveAsync())["updates"]![0]!;
        Assert.Equal("feed-a", statement["q"]!["_id"]!.GetValue<string>());
        Assert.Equal("2025-01-02T03:04:05+00:00", statement["u"]!["$set"]!["revokedAt"]!.GetValue<string>());
        await mock.ReplyAsync(Written(1));
        Assert.True(await revoke);
    }

    [Fact]
    public async Task Marking_undispatched_sets_dispatched_false_on_the_listed_sequences()
    {
        var mark = store.Events.MarkUndispatchedAsync([3, 5]);
        var command = await mock.ReceiveAsync();
        Assert.Equal("update", command.Name);
        Assert.Equal("events", command["update"]!.GetValue<string>());
        var statement = command["updates"]![0]!;
        Assert.Equal(["3", "5"], statement["q"]!["sequence"]!["$in"]!.AsArray().Select(Int64));
        Assert.False(statement["u"]!["$set"]!["dispatched"]!.GetValue<bool>());
        Assert.True(statement["multi"]!.GetValue<bool>());
        await mock.ReplyAsync(Written(2));
        await mark;
    }

    [Fact]
    public async Task Deleting_a_subscription_removes_it_then_its_delivery_log()
    {
        var delete = store.Subscriptions.DeleteAsync("sub-2");
        var remove = await mock.ReceiveAsync();
        Assert.Equal("delete", remove.Name);
        Assert.Equal("subscriptions", remove["delete"]!.GetValue<string>());
        Assert.Equal("sub-2", remove["deletes"]![0]!["q"]!["_id"]!.GetValue<string>());
        await mock.ReplyAsync(new JsonObject { ["n"] = 1 });
        var log = await mock.ReceiveAsync();
        Assert.Equal("delete", log.Name);
        Assert.Equal("webhook_deliveries", log["delete"]!.GetValue<string>());
        Assert.Equal("sub-2", log["deletes"]![0]!["q"]!["subscriptionId"]!.GetValue<string>());
        await mock.ReplyAsync(new JsonObject { ["n"] = 3 });
        Assert.True(await delete);
    }
}
