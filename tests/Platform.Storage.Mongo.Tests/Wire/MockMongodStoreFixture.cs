namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>A scripted mockupdb server and the adapter connected to it through the official driver, per test.</summary>
public abstract class MockMongodStoreFixture : IAsyncLifetime
{
    protected MockMongod mock = null!;
    protected MongoDocumentStore store = null!;

    public async Task InitializeAsync()
    {
        mock = await MockMongod.StartAsync();
        store = MongoDocumentStore.Create(new MongoStoreOptions(mock.Uri, "platform_wire")
        {
            MaxPoolSize = 4,
            ServerSelectionTimeout = TimeSpan.FromSeconds(5),
        });
    }

    /// <summary>Proves nothing else was sent before: the next request the server sees is this ping.</summary>
    protected async Task AssertNextRequestIsAPingAsync()
    {
        var ping = store.PingAsync();
        Assert.Equal("ping", (await mock.ReceiveAsync()).Name);
        await mock.ReplyAsync(new System.Text.Json.Nodes.JsonObject());
        await ping;
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        await mock.DisposeAsync();
    }
}
