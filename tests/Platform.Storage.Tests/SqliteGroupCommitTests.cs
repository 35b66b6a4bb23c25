using Microsoft.Data.Sqlite;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly ScratchFolder _folder = new("group-commit-");

    [Fact]
    public async Task A_write_that_runs_out_of_memory_fails_alone_and_the_writes_after_it_still_commit()
    {
        var database = new SqliteDatabase(_folder.PathOf("group.db"));
        await database.WriteAsync((connection, transaction) => ExecuteAsync(connection, transaction, "CREATE TABLE t (x INTEGER)"));

        var failing = database.WriteAsync<int>((_, _) => throw new OutOfMemoryException("a maximum-size document under a heap limit"));
        await Assert.ThrowsAsync<OutOfMemoryException>(() => failing.WaitAsync(TimeSpan.FromSeconds(10)));

        var later = database.WriteAsync((connection, transaction) => ExecuteAsync(connection, transaction, "INSERT INTO t VALUES (1)"));
        Assert.Equal(1, await later.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_failing_write_is_undone_alone_and_the_writes_queued_beside_it_commit()
    {
        var database = new SqliteDatabase(_folder.PathOf("savepoints.db"));
        await database.WriteAsync((connection, transaction) => ExecuteAsync(connection, transaction, "CREATE TABLE t (x INTEGER)"));

        var writes = Enumerable.Range(1, 6).Select(i => database.WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, $"INSERT INTO t VALUES ({i})");
            return i % 2 == 0 ? throw new InvalidOperationException("refused") : i;
        })).ToList();
        foreach (var (write, i) in writes.Select((w, i) => (w, i + 1)))
        {
            if (i % 2 == 0) await Assert.ThrowsAsync<InvalidOperationException>(() => write);
            else Assert.Equal(i, await write);
        }

        var sum = await database.WriteAsync((connection, transaction) => ScalarAsync(connection, transaction, "SELECT sum(x) FROM t"));
        Assert.Equal(1 + 3 + 5, sum);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => _folder.Dispose();
}
