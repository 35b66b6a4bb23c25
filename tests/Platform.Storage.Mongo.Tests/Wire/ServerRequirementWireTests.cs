using System.Diagnostics;
using static Platform.Storage.Mongo.Tests.Wire.WireDocuments;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>What the store asks of the server and the host: a replica set, and a trace of its operations.</summary>
public sealed class ServerRequirementWireTests
{
    [Fact]
    public async Task Initialization_refuses_a_standalone_server_naming_the_fix()
    {
        await using var mock = await MockMongod.StartAsync(standalone: true);
        await using var store = MongoDocumentStore.Create(new MongoStoreOptions(mock.Uri, "platform_wire") { ServerSelectionTimeout = TimeSpan.FromSeconds(5) });
        var init = store.InitializeAsync();
        await mock.ServeAsync(
            request => request.Name == "update" ? Written(1) : new JsonObject(),
            request => request.Name == "update");
        var error = await Assert.ThrowsAsync<StoreException>(() => init);
        Assert.Contains("standalone", error.Message);
        Assert.Contains("--replSet", error.Message);
    }

    [Fact]
    public async Task Operations_are_traced_on_the_published_activity_source()
    {
        var operations = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == MongoStoreTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (operations) operations.Add(activity.DisplayName); },
        };
        ActivitySource.AddActivityListener(listener);
        await using var mock = await MockMongod.StartAsync();
        await using var store = MongoDocumentStore.Create(new MongoStoreOptions(mock.Uri, "platform_trace") { ServerSelectionTimeout = TimeSpan.FromSeconds(5) });

        var read = store.Articles.GetAsync("traced-01");
        Assert.Equal("find", (await mock.ReceiveAsync()).Name);
        await mock.ReplyAsync(FirstBatch("articles"));
        Assert.Null(await read);

        lock (operations)
        {
            Assert.Contains(operations, name => name.Contains("find", StringComparison.Ordinal) && name.Contains("articles", StringComparison.Ordinal));
        }
    }
}
