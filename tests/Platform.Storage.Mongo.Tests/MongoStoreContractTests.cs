using Platform.Storage.Tests;

namespace Platform.Storage.Mongo.Tests;

/// <summary>The shared store contract against a real MongoDB (replica set) named by MONGODB_URI; a fresh database per test.</summary>
[Trait("Store", "mongodb")]
public sealed class MongoStoreContractTests : StoreContractTests
{
    protected override Task<IDocumentStore> CreateStoreAsync()
    {
        var uri = Environment.GetEnvironmentVariable("MONGODB_URI")
            ?? throw new InvalidOperationException("MONGODB_URI is not set; run with --filter \"Store!=mongodb\" to skip these tests.");
        var database = $"platform_contract_{Guid.NewGuid():N}"[..40];
        return Task.FromResult<IDocumentStore>(MongoDocumentStore.Create(new MongoStoreOptions(uri, database)
        {
            ServerSelectionTimeout = TimeSpan.FromSeconds(10),
        }));
    }
}
