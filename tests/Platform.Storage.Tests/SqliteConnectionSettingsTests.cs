using Microsoft.Data.Sqlite;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>Store reads and group commits both run on connections with the settings the store depends on.</summary>
public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private readonly ScratchFolder _folder = new("connection-settings-");

    public static TheoryData<string, long> Settings => new()
    {
        // 2 = MEMORY: with temporary storage in files, SQLite created, locked and unlinked one about every bulletin.
        { "temp_store", 2 },
        // 1 = NORMAL: in WAL mode, durable at checkpoints without an fsync per commit.
        { "synchronous", 1 },
        { "foreign_keys", 1 },
        { "busy_timeout", 10_000 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Reads_and_writes_see_the_setting(string pragma, long expected)
    {
        var database = new SqliteDatabase(_folder.PathOf(pragma + ".db"));

        var onRead = await database.ReadAsync(connection => ValueAsync(connection, null, pragma), CancellationToken.None);
        var onWrite = await database.WriteAsync((connection, transaction) => ValueAsync(connection, transaction, pragma));

        Assert.Equal((expected, expected), (onRead, onWrite));
    }

    private static async Task<long> ValueAsync(SqliteConnection connection, SqliteTransaction? transaction, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA " + pragma;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => _folder.Dispose();
}
