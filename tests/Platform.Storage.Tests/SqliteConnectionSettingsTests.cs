using Microsoft.Data.Sqlite;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("connection-settings-").FullName;

    [Fact]
    public async Task Reads_and_group_commits_keep_temporary_storage_in_memory()
    {
        var database = new SqliteDatabase(Path.Combine(_dir, "settings.db"));

        var onRead = await database.ReadAsync(connection => PragmaAsync(connection, null, "temp_store"), CancellationToken.None);
        var onWrite = await database.WriteAsync((connection, transaction) => PragmaAsync(connection, transaction, "temp_store"));

        // 2 = MEMORY: a temp file per spilled sub-journal was a create, lock and unlink for about every bulletin.
        Assert.Equal(2, onRead);
        Assert.Equal(2, onWrite);
    }

    [Fact]
    public async Task Every_connection_keeps_the_durability_and_integrity_settings()
    {
        var database = new SqliteDatabase(Path.Combine(_dir, "durability.db"));

        var synchronous = await database.ReadAsync(connection => PragmaAsync(connection, null, "synchronous"), CancellationToken.None);
        var foreignKeys = await database.WriteAsync((connection, transaction) => PragmaAsync(connection, transaction, "foreign_keys"));

        Assert.Equal(1, synchronous);
        Assert.Equal(1, foreignKeys);
    }

    private static async Task<long> PragmaAsync(SqliteConnection connection, SqliteTransaction? transaction, string name)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA " + name;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
