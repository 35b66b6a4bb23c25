using Microsoft.Extensions.DependencyInjection;
using Platform.Storage;
using Platform.Storage.Sqlite;

namespace Platform.Hosting.Tests;

public sealed class StoreRegistrationTests
{
    [Fact]
    public async Task Sqlite_is_the_default_store_at_the_configured_path()
    {
        await using var platform = new TestPlatform(_ => { });
        Assert.IsType<SqliteDocumentStore>(platform.App.Services.GetRequiredService<IDocumentStore>());
        await TestApps.StartAsync(platform.App);
        await platform.App.StopAsync();
    }

    [Fact]
    public async Task Kind_mongodb_selects_the_mongodb_adapter()
    {
        await using var platform = new TestPlatform(_ => { }, new Dictionary<string, string?>
        {
            ["Platform:Store:Kind"] = "mongodb",
            ["Platform:Store:MongoUri"] = "mongodb://127.0.0.1:1/",
        });
        var store = platform.App.Services.GetRequiredService<IDocumentStore>();
        Assert.Equal("Platform.Storage.Mongo", store.GetType().Namespace);
        await store.DisposeAsync();
    }
}
