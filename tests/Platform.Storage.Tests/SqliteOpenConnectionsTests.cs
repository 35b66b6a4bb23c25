using Microsoft.Data.Sqlite;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>Connections kept open between store calls keep their prepared statements, and only healthy ones are kept.</summary>
public sealed class SqliteOpenConnectionsTests : IDisposable
{
    private readonly ScratchFolder _folder = new("open-connections-");

    private SqliteDatabase NewDatabase() => new(_folder.PathOf("kept.db"));

    [Fact]
    public async Task A_statement_run_twice_through_the_store_read_path_is_prepared_once()
    {
        var database = NewDatabase();
        var first = await database.ReadAsync(c => Task.FromResult(c.Prepared("SELECT 1")), CancellationToken.None);
        var second = await database.ReadAsync(c => Task.FromResult(c.Prepared("SELECT 1")), CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(1L, await database.ReadAsync(c => c.Prepared("SELECT 1").ExecuteScalarAsync(), CancellationToken.None));
    }

    [Fact]
    public async Task Writes_of_later_group_commits_reuse_the_statements_of_earlier_ones()
    {
        var database = NewDatabase();
        await database.WriteAsync((c, tx) => c.Prepared("CREATE TABLE t (x INTEGER)", tx).ExecuteNonQueryAsync());
        var commands = new List<SqliteCommand>();
        for (var i = 0; i < 3; i++)
        {
            await database.WriteAsync(async (c, tx) =>
            {
                var insert = c.Prepared("INSERT INTO t VALUES (@x)", tx).With("@x", i);
                commands.Add(insert);
                return await insert.ExecuteNonQueryAsync();
            });
        }

        Assert.Single(commands.Distinct());
        Assert.Equal(3L, await database.ReadAsync(c => c.Prepared("SELECT count(*) FROM t").ExecuteScalarAsync(), CancellationToken.None));
    }

    [Fact]
    public async Task A_connection_left_inside_a_transaction_is_closed_instead_of_kept()
    {
        var database = NewDatabase();
        SqliteConnection? left = null;
        await database.ReadAsync(async c =>
        {
            left = c;
            return await c.Prepared("BEGIN").ExecuteNonQueryAsync();
        }, CancellationToken.None);

        Assert.Equal(System.Data.ConnectionState.Closed, left!.State);
        var next = await database.ReadAsync(c => Task.FromResult(c), CancellationToken.None);
        Assert.NotSame(left, next);
    }

    [Fact]
    public async Task A_connection_whose_work_failed_is_closed_instead_of_kept()
    {
        var database = NewDatabase();
        SqliteConnection? failed = null;
        await Assert.ThrowsAsync<SqliteException>(() => database.ReadAsync(c =>
        {
            failed = c;
            return c.Prepared("SELECT * FROM missing").ExecuteScalarAsync();
        }, CancellationToken.None));

        Assert.Equal(System.Data.ConnectionState.Closed, failed!.State);
    }

    [Fact]
    public async Task Disposing_a_store_closes_the_idle_connections_and_those_in_use_when_they_come_back()
    {
        var path = _folder.PathOf("disposed.db");
        var store = new SqliteDocumentStore(path);
        var database = new SqliteDatabase(path);
        SqliteConnection? inUse = null;
        SqliteConnection? idle = null;
        await database.ReadAsync(async c =>
        {
            inUse = c;
            idle = await database.ReadAsync(other => Task.FromResult(other), CancellationToken.None);
            Assert.Equal(System.Data.ConnectionState.Open, idle.State);
            await store.DisposeAsync();
            Assert.Equal(System.Data.ConnectionState.Closed, idle.State);
            return 0;
        }, CancellationToken.None);

        Assert.Equal(System.Data.ConnectionState.Closed, inUse!.State);
        var after = await database.ReadAsync(c => Task.FromResult(c), CancellationToken.None);
        Assert.NotSame(inUse, after);
    }

    public void Dispose() => _folder.Dispose();
}
