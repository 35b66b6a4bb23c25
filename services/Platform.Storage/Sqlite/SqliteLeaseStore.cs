namespace Platform.Storage.Sqlite;

internal sealed class SqliteLeaseStore(SqliteDatabase db) : ILeaseStore
{
    public async Task<bool> TryAcquireAsync(string name, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        // One statement, so two replicas racing for a free or expired lease cannot both win.
        cmd.CommandText = """
            INSERT INTO leases (name, owner, expires_at) VALUES (@name, @owner, @until)
            ON CONFLICT(name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
            WHERE leases.owner = excluded.owner OR leases.expires_at < @now
            """;
        cmd.With("@name", name).With("@owner", owner).With("@until", SqliteValues.Time(until)).With("@now", SqliteValues.Time(now));
        return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "DELETE FROM leases WHERE name = @name AND owner = @owner";
        cmd.With("@name", name).With("@owner", owner);
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<Lease?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        db.QueryFirstAsync("SELECT name, owner, expires_at FROM leases WHERE name = @name", cmd => cmd.With("@name", name),
            r => new Lease(r.GetString(0), r.GetString(1), SqliteValues.ReadTime(r, 2)), cancellationToken);
}
