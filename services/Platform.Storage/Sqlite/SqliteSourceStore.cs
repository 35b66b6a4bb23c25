namespace Platform.Storage.Sqlite;

internal sealed class SqliteSourceStore(SqliteDatabase db) : ISourceStore
{
    public async Task<bool> AddAsync(Source source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var c = await db.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO sources (id, key_hash, key_prefix, created_at, revoked_at) VALUES (@id, @hash, @prefix, @at, @rev) ON CONFLICT DO NOTHING";
        cmd.With("@id", source.Id).With("@hash", source.KeyHash).With("@prefix", source.KeyPrefix)
            .With("@at", SqliteValues.Time(source.CreatedAt)).With("@rev", SqliteValues.TimeOrNull(source.RevokedAt));
        return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<Source?> FindByKeyHashAsync(string keyHash, CancellationToken cancellationToken = default)
    {
        var list = await SelectAsync("WHERE key_hash = @hash", ("@hash", keyHash), cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken = default) =>
        SelectAsync("ORDER BY id", null, cancellationToken);

    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE sources SET revoked_at = COALESCE(revoked_at, @at) WHERE id = @id";
        cmd.With("@id", id).With("@at", SqliteValues.Time(at));
        return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<IReadOnlyList<Source>> SelectAsync(string where, (string Name, object Value)? parameter, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT id, key_hash, key_prefix, created_at, revoked_at FROM sources {where}";
        if (parameter is { } p) cmd.With(p.Name, p.Value);
        var list = new List<Source>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new Source(r.GetString(0), r.GetString(1), r.GetString(2), SqliteValues.ReadTime(r, 3), SqliteValues.ReadTimeOrNull(r, 4)));
        }
        return list;
    }
}
