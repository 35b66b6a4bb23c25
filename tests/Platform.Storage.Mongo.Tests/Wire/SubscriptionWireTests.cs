using System.Text.Json.Nodes;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>The webhook subscription store and outbox replay through libmongoc against the scripted mockupdb server.</summary>
public sealed class SubscriptionWireTests : MockMongodStoreFixture
{
    [Fact]
    public async Task Cursor_advance_is_a_retryable_findAndModify_conditioned_on_the_expected_int64_cursor()
    {
        var advance = store.Subscriptions.AdvanceAsync("sub-1", 41, 42);
        var command = await mock.ReceiveAsync();
        Assert.Equal("findAndModify", command.Name);
        Assert.Equal("subscriptions", command["findAndModify"]!.GetValue<string>());
        Assert.Equal("sub-1", command["query"]!["_id"]!.GetValue<string>());
        Assert.Equal("41", command["query"]!["cursor"]!["$numberLong"]!.GetValue<string>());
        Assert.Equal("42", command["update"]!["$set"]!["cursor"]!["$numberLong"]!.GetValue<string>());
        Assert.False(command["upsert"]!.GetValue<bool>());
        Assert.NotNull(command["txnNumber"]);
        // No match: a replay moved the cursor meanwhile.
        await mock.ReplyAsync(new JsonObject { ["lastErrorObject"] = new JsonObject { ["n"] = 0, ["updatedExisting"] = false }, ["value"] = null });
        Assert.False(await advance);
    }

    [Fact]
    public async Task Marking_undispatched_sets_dispatched_false_on_the_listed_sequences()
    {
        var mark = store.Events.MarkUndispatchedAsync([3, 5]);
        var command = await mock.ReceiveAsync();
        Assert.Equal("update", command.Name);
        Assert.Equal("events", command["update"]!.GetValue<string>());
        var statement = command["updates"]![0]!;
        Assert.Equal(["3", "5"], statement["q"]!["sequence"]!["$in"]!.AsArray().Select(n => n!["$numberLong"]!.GetValue<string>()));
        Assert.False(statement["u"]!["$set"]!["dispatched"]!.GetValue<bool>());
        Assert.True(statement["multi"]!.GetValue<bool>());
        await mock.ReplyAsync(new JsonObject { ["n"] = 2, ["nModified"] = 2 });
        await mark;
    }

    [Fact]
    public async Task Deleting_a_subscription_removes_it_then_its_delivery_log()
    {
        var delete = store.Subscriptions.DeleteAsync("sub-2");
        var remove = await mock.ReceiveAsync();
        Assert.Equal("findAndModify", remove.Name);
        Assert.True(remove["remove"]!.GetValue<bool>());
        await mock.ReplyAsync(new JsonObject { ["lastErrorObject"] = new JsonObject { ["n"] = 1 }, ["value"] = new JsonObject { ["_id"] = "sub-2" } });
        var log = await mock.ReceiveAsync();
        Assert.Equal("delete", log.Name);
        Assert.Equal("webhook_deliveries", log["delete"]!.GetValue<string>());
        Assert.Equal("sub-2", log["deletes"]![0]!["q"]!["subscriptionId"]!.GetValue<string>());
        await mock.ReplyAsync(new JsonObject { ["n"] = 3 });
        Assert.True(await delete);
    }
}
