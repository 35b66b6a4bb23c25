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

    [Fact]
    public async Task A_file_another_process_holds_write_locked_is_reported_unwritable_though_it_answers_reads()
    {
        var path = Path.Combine(_dir, "locked.db");
        var store = new SqliteDocumentStore(path);
        await store.InitializeAsync();
        await store.CheckWritableAsync();
        await using (var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await holder.OpenAsync();
            await using var tx = holder.BeginTransaction(deferred: false);
            await store.PingAsync();
            var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CheckWritableAsync());
            Assert.Contains("write lock", error.Message, StringComparison.Ordinal);
            Assert.True(StoreErrors.IsUnavailable(error));
        }
        await store.CheckWritableAsync();
    }

    [Fact]
    public async Task A_busy_file_under_a_write_is_classified_as_store_unavailable()
    {
        var path = Path.Combine(_dir, "busy.db");
        var store = new SqliteDocumentStore(path);
        await store.InitializeAsync();
        await using var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        await holder.OpenAsync();
        await using var tx = holder.BeginTransaction(deferred: false);
        await using var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=1");
        await writer.OpenAsync();
        await using var write = writer.CreateCommand();
        write.CommandText = "INSERT INTO failures (stage, subject_id, reason, at) VALUES ('t', 's', 'r', 'now')";
        var busy = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => write.ExecuteNonQueryAsync());
        Assert.True(StoreErrors.IsUnavailable(busy));
        Assert.True(StoreErrors.IsUnavailable(new InvalidOperationException("wrapped", busy)));
        Assert.False(StoreErrors.IsUnavailable(new InvalidOperationException("a bug")));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
