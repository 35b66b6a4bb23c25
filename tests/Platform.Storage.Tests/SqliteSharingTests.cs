using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

public sealed class SqliteSharingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("store-sharing-").FullName;

    [Fact]
    public async Task Two_store_instances_on_one_file_append_events_without_gaps_or_duplicates()
    {
        var path = Path.Combine(_dir, "shared.db");
        var a = new SqliteDocumentStore(path);
        var b = new SqliteDocumentStore(path);
        await a.InitializeAsync();
        await b.InitializeAsync();
        var tasks = Enumerable.Range(0, 200).Select(i =>
            (i % 2 == 0 ? a : b).Events.AppendAsync(new NewEvent($"k{i % 150}", "t", "s", "rk", "{}")));
        var results = await Task.WhenAll(tasks);
        var sequences = results.Select(r => r.Event.Sequence).Distinct().Order().ToArray();
        Assert.Equal(150, sequences.Length);
        Assert.Equal(150, results.Count(r => r.Appended));
        Assert.Equal(150, (await a.Events.ReadAsync(0, 1000)).Count);
    }

    [Fact]
    public async Task Unwritable_path_reports_store_unavailable()
    {
        var blocker = Path.Combine(_dir, "file");
        await File.WriteAllTextAsync(blocker, "x");
        var store = new SqliteDocumentStore(Path.Combine(blocker, "platform.db"));
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.PingAsync());
        Assert.Contains("platform.db", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
