using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

[Trait("Store", "sqlite")]
public sealed class SqliteStoreContractTests : StoreContractTests, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("store-contract-").FullName;

    protected override Task<IDocumentStore> CreateStoreAsync() =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(Path.Combine(_dir, "platform.db")));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
