using Platform.Storage.Tests;

namespace Platform.Storage.Mongo.Tests;

/// <summary>
/// The shared store contract against a real MongoDB replica set named by MONGODB_URI, a fresh database per test.
/// Without MONGODB_URI every test is reported as skipped, with the reason, rather than left out of the run.
/// </summary>
[Trait("Store", "mongodb")]
public sealed class MongoStoreContractTests : StoreContractTests
{
    protected override Task<IDocumentStore> CreateStoreAsync()
    {
        var uri = Environment.GetEnvironmentVariable("MONGODB_URI");
        Skip.If(string.IsNullOrWhiteSpace(uri), "MONGODB_URI is not set: no MongoDB replica set to run the store contract against.");
        var database = $"platform_contract_{Guid.NewGuid():N}"[..40];
        return Task.FromResult<IDocumentStore>(MongoDocumentStore.Create(new MongoStoreOptions(uri!, database)
        {
            ServerSelectionTimeout = TimeSpan.FromSeconds(10),
        }));
    }
}
