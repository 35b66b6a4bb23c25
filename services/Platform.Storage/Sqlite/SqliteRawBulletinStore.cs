using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

internal sealed class SqliteRawBulletinStore(SqliteDatabase db) : IRawBulletinStore
{
    private const string Columns = "id, source_id, sha256, bytes, text, encoding, content_type, source_url, published_at, received_at, announced, packing";

    // packing 1: bytes and text packed together in the bytes column (the decoded text mostly repeats the bytes, so
    // the second copy packs to almost nothing); 0: rows written before packing, plain bytes and text.
    private const int PackedTogether = 1;

    public async Task<AddRawResult> AddAsync(RawBulletin bulletin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var packed = SqlitePacking.Pack(Together(bulletin.Bytes, bulletin.Text));
        return await db.WriteAsync(async (c, tx) =>
        {
            await using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = $"""
                INSERT INTO raw_bulletins ({Columns}) VALUES (@id, @source, @sha, @bytes, @text, @enc, @ct, @url, @pub, @rcv, @ann, @packing)
                ON CONFLICT DO NOTHING
                """;
            cmd.With("@id", bulletin.Id).With("@source", bulletin.SourceId).With("@sha", bulletin.Sha256)
                .With("@bytes", packed).With("@text", "")
                .With("@packing", PackedTogether).With("@enc", bulletin.Encoding)
                .With("@ct", bulletin.ContentType).With("@url", bulletin.SourceUrl)
                .With("@pub", SqliteValues.TimeOrNull(bulletin.PublishedAt)).With("@rcv", SqliteValues.Time(bulletin.ReceivedAt))
                .With("@ann", bulletin.Announced ? 1 : 0);
            if (await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return new AddRawResult(true, bulletin.Id);
            }
            await using var find = c.CreateCommand();
            find.Transaction = tx;
            find.CommandText = "SELECT id FROM raw_bulletins WHERE sha256 = @sha OR id = @id LIMIT 1";
            find.With("@sha", bulletin.Sha256).With("@id", bulletin.Id);
            var existing = (string?)await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return new AddRawResult(false, existing ?? bulletin.Id);
        }).ConfigureAwait(false);
    }

    public async Task<RawBulletin?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var list = await SelectAsync("WHERE id = @id", cmd => cmd.With("@id", id), cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public Task<IReadOnlyList<RawBulletin>> ListUnannouncedAsync(int limit, CancellationToken cancellationToken = default) =>
        SelectAsync("WHERE announced = 0 ORDER BY received_at, id LIMIT @limit", cmd => cmd.With("@limit", limit), cancellationToken);

    public Task MarkAnnouncedAsync(string id, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (c, tx) =>
        {
            await using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "UPDATE raw_bulletins SET announced = 1 WHERE id = @id";
            cmd.With("@id", id);
            return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        });

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

    public Task<IReadOnlyList<string>> ListIdsAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default) =>
        db.QueryAsync("SELECT id FROM raw_bulletins WHERE (@from IS NULL OR received_at >= @from) AND (@to IS NULL OR received_at <= @to) ORDER BY received_at, id",
            cmd => cmd.With("@from", SqliteValues.TimeOrNull(from)).With("@to", SqliteValues.TimeOrNull(to)), r => r.GetString(0), cancellationToken);

    private Task<IReadOnlyList<RawBulletin>> SelectAsync(string where, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        db.QueryAsync($"SELECT {Columns} FROM raw_bulletins {where}", bind, r =>
        {
            var (bytes, text) = Read(r, r.GetInt32(11));
            return new RawBulletin(r.GetString(0), r.GetString(1), r.GetString(2), bytes, text,
                r.GetString(5), SqliteValues.ReadStringOrNull(r, 6), SqliteValues.ReadStringOrNull(r, 7),
                SqliteValues.ReadTimeOrNull(r, 8), SqliteValues.ReadTime(r, 9), r.GetInt64(10) == 1);
        }, cancellationToken);

    /// <summary>The bytes' length (4 bytes), the bytes, then the text as UTF-8.</summary>
    private static byte[] Together(byte[] bytes, string text)
    {
        var together = new byte[4 + bytes.Length + System.Text.Encoding.UTF8.GetByteCount(text)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(together, bytes.Length);
        bytes.CopyTo(together, 4);
        System.Text.Encoding.UTF8.GetBytes(text, together.AsSpan(4 + bytes.Length));
        return together;
    }

    private static (byte[] Bytes, string Text) Read(SqliteDataReader r, int packing)
    {
        if (packing == PackedTogether)
        {
            var together = SqlitePacking.Unpack((byte[])r.GetValue(3));
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(together);
            return (together[4..(4 + length)], System.Text.Encoding.UTF8.GetString(together.AsSpan(4 + length)));
        }
        return ((byte[])r.GetValue(3), r.GetString(4));
    }
}
