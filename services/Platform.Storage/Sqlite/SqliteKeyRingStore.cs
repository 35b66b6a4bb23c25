namespace Platform.Storage.Sqlite;

/// <summary>
/// The key ring in its own table, created on first use: a file written before the ring existed gets it without a
/// schema step, and the ring is read only when a host starts or a key is added.
/// </summary>
internal sealed class SqliteKeyRingStore(SqliteDatabase db) : IKeyRingStore
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS data_protection_keys (
            name TEXT PRIMARY KEY,
            xml TEXT NOT NULL,
            added_at INTEGER NOT NULL);
        """;

    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default) =>
        db.QueryAsync(Create + "SELECT xml FROM data_protection_keys ORDER BY added_at, name", _ => { }, r => r.GetString(0), cancellationToken);

    public async Task AddAsync(string name, string xml, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = Create + "INSERT INTO data_protection_keys (name, xml, added_at) VALUES (@name, @xml, @at) ON CONFLICT(name) DO NOTHING";
        cmd.With("@name", name).With("@xml", xml).With("@at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
