using Microsoft.Data.Sqlite;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>
/// The write-ahead log is emptied once it passes its limit, and a reader of an old snapshot cannot make writes wait long
/// for that: the checkpoint used to wait for it with the connection's whole 10 s busy timeout, holding the write lock.
/// </summary>
public sealed class SqliteWalCheckpointTests : IDisposable
{
    private readonly ScratchFolder _folder = new("wal-checkpoint-");

    [Fact]
    public async Task A_log_over_its_limit_is_emptied_when_a_store_call_next_checks_it()
    {
        // Another test's clean-up closes every pooled connection, and SQLite deletes the log with the last connection.
        await using var keeper = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _folder.PathOf("emptied.db"), Pooling = false }.ToString());
        var database = await DatabaseWithLogOverLimitAsync("emptied.db", beforeFilling: async () =>
        {
            // SQLite opens the file at the first statement, not at Open.
            await keeper.OpenAsync();
            await ExecuteAsync(keeper, "SELECT count(*) FROM blobs;");
        });

        await database.ReadAsync(_ => Task.FromResult(0), CancellationToken.None);

        Assert.Equal(0, new FileInfo(database.FilePath + "-wal").Length);
    }

    [Fact]
    public async Task A_write_waits_only_a_moment_for_a_checkpoint_that_a_reader_of_an_old_snapshot_holds_up()
    {
        var path = _folder.PathOf("held.db");
        await using var reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        var database = await DatabaseWithLogOverLimitAsync("held.db", beforeFilling: async () =>
        {
            await reader.OpenAsync();
            await ExecuteAsync(reader, "BEGIN; SELECT count(*) FROM blobs;");
        });

        // The reader still holds its snapshot. The checkpoint this write's connection runs once waited SQLite's 10 s busy timeout.
        // On its own thread: Microsoft.Data.Sqlite's async calls run synchronously, so a stalled write would stall the test.
        var write = Task.Run(() => InsertAsync(database, "randomblob(16)"));
        await write.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(new FileInfo(path + "-wal").Length >= SqliteDatabase.WalLimitBytes, "the log was emptied under a reader of an old snapshot");

        await ExecuteAsync(reader, "COMMIT;");
        await Platform.Testing.Eventually.UntilAsync(async () =>
        {
            await InsertAsync(database, "randomblob(16)");
            return new FileInfo(path + "-wal").Length < SqliteDatabase.WalLimitBytes;
        }, TimeSpan.FromSeconds(30), () => "the log was not emptied after the reader finished");
    }

    /// <summary>A WAL database with one table whose log holds more than the limit, checked last over a second ago.</summary>
    private async Task<SqliteDatabase> DatabaseWithLogOverLimitAsync(string file, Func<Task>? beforeFilling = null)
    {
        var database = new SqliteDatabase(_folder.PathOf(file));
        await using (var c = await database.OpenForWriteAsync(CancellationToken.None))
        {
            // No automatic checkpoint, so the log is over the limit whether or not a reader holds it.
            await ExecuteAsync(c, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE blobs(b BLOB);");
        }
        if (beforeFilling is not null) await beforeFilling();
        // One connection, so the log's size is checked once, before it grows.
        await using (var c = await database.OpenForWriteAsync(CancellationToken.None))
        {
            for (var i = 0; i < 20; i++) await ExecuteAsync(c, "PRAGMA wal_autocheckpoint=0; INSERT INTO blobs VALUES (randomblob(1048576));");
        }
        Assert.True(new FileInfo(database.FilePath + "-wal").Length > SqliteDatabase.WalLimitBytes);
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        return database;
    }

    private static async Task InsertAsync(SqliteDatabase database, string value)
    {
        await using var c = await database.OpenForWriteAsync(CancellationToken.None);
        await ExecuteAsync(c, $"PRAGMA wal_autocheckpoint=0; INSERT INTO blobs VALUES ({value});");
    }

    private static Task ExecuteAsync(SqliteConnection connection, string sql) => SqliteDatabase.ExecuteAsync(connection, sql, CancellationToken.None);

    public void Dispose() => _folder.Dispose();
}
