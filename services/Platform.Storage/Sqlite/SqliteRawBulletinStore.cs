using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

internal sealed class SqliteRawBulletinStore(SqliteDatabase db) : IRawBulletinStore
{
    private const string Columns = "id, source_id, sha256, bytes, text, encoding, content_type, source_url, published_at, received_at, announced";

    public async Task<AddRawResult> AddAsync(RawBulletin bulletin, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            INSERT INTO raw_bulletins ({Columns}) VALUES (@id, @source, @sha, @bytes, @text, @enc, @ct, @url, @pub, @rcv, @ann)
            ON CONFLICT DO NOTHING
            """;
        cmd.With("@id", bulletin.Id).With("@source", bulletin.SourceId).With("@sha", bulletin.Sha256)
            .With("@bytes", bulletin.Bytes).With("@text", bulletin.Text).With("@enc", bulletin.Encoding)
            .With("@ct", bulletin.ContentType).With("@url", bulletin.SourceUrl)
            .With("@pub", SqliteValues.TimeOrNull(bulletin.PublishedAt)).With("@rcv", SqliteValues.Time(bulletin.ReceivedAt))
            .With("@ann", bulletin.Announced ? 1 : 0);
        if (await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
        {
            return new AddRawResult(true, bulletin.Id);
        }
        await using var find = c.CreateCommand();
        find.CommandText = "SELECT id FROM raw_bulletins WHERE sha256 = @sha OR id = @id LIMIT 1";
        find.With("@sha", bulletin.Sha256).With("@id", bulletin.Id);
        var existing = (string?)await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return new AddRawResult(false, existing ?? bulletin.Id);
    }

    public async Task<RawBulletin?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var list = await SelectAsync("WHERE id = @id", cmd => cmd.With("@id", id), cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public Task<IReadOnlyList<RawBulletin>> ListUnannouncedAsync(int limit, CancellationToken cancellationToken = default) =>
        SelectAsync("WHERE announced = 0 ORDER BY received_at, id LIMIT @limit", cmd => cmd.With("@limit", limit), cancellationToken);

    public async Task MarkAnnouncedAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE raw_bulletins SET announced = 1 WHERE id = @id";
        cmd.With("@id", id);
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<UnparsedBulletin>> ListUnparsedAsync(DateTimeOffset receivedFrom, int limit, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT r.id, r.source_id, r.sha256, r.received_at FROM raw_bulletins r
            WHERE r.received_at >= @from AND NOT EXISTS (SELECT 1 FROM bulletins b WHERE b.id = r.id)
            ORDER BY r.received_at, r.id LIMIT @limit
            """;
        cmd.With("@from", SqliteValues.Time(receivedFrom)).With("@limit", Math.Max(limit, 1));
        var list = new List<UnparsedBulletin>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new UnparsedBulletin(r.GetString(0), r.GetString(1), r.GetString(2), SqliteValues.ReadTime(r, 3)));
        }
        return list;
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id FROM raw_bulletins WHERE (@from IS NULL OR received_at >= @from) AND (@to IS NULL OR received_at <= @to) ORDER BY received_at, id";
        cmd.With("@from", SqliteValues.TimeOrNull(from)).With("@to", SqliteValues.TimeOrNull(to));
        var ids = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) ids.Add(r.GetString(0));
        return ids;
    }

    private async Task<IReadOnlyList<RawBulletin>> SelectAsync(string where, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {Columns} FROM raw_bulletins {where}";
        bind(cmd);
        var list = new List<RawBulletin>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new RawBulletin(r.GetString(0), r.GetString(1), r.GetString(2), (byte[])r.GetValue(3), r.GetString(4),
                r.GetString(5), SqliteValues.ReadStringOrNull(r, 6), SqliteValues.ReadStringOrNull(r, 7),
                SqliteValues.ReadTimeOrNull(r, 8), SqliteValues.ReadTime(r, 9), r.GetInt64(10) == 1));
        }
        return list;
    }
}
