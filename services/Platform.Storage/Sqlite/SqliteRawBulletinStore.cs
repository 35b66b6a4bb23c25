using Microsoft.Data.Sqlite;
using Platform.Storage.Json;

namespace Platform.Storage.Sqlite;

internal sealed class SqliteRawBulletinStore(SqliteDatabase db) : IRawBulletinStore
{
    private const string Columns = "id, source_id, sha256, bytes, text, encoding, content_type, source_url, published_at, received_at, announced, packing, extraction";

    private const string ReceiptColumns =
        "id, source_id, sha256, encoding, content_type, source_url, published_at, received_at, announced, json_extract(extraction, '$.format')";

    // packing 1: bytes and text packed together in the bytes column (the decoded text mostly repeats the bytes, so
    // the second copy packs to almost nothing); 0: rows written before packing, plain bytes and text.
    private const int PackedTogether = 1;

    private const string InsertSql = $"""
        INSERT INTO raw_bulletins ({Columns}) VALUES (@id, @source, @sha, @bytes, @text, @enc, @ct, @url, @pub, @rcv, @ann, @packing, @extraction)
        ON CONFLICT DO NOTHING
        """;

    // The encoding column is NOT NULL in files created before PDF and DOCX were taken; they have no charset.
    private const string NoCharset = "";

    public async Task<AddRawResult> AddAsync(RawBulletin bulletin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var packed = PackTogether(bulletin.Bytes, bulletin.Text);
        return await db.WriteAsync(async (c, tx) =>
        {
            var cmd = c.Prepared(InsertSql, tx);
            cmd.With("@id", bulletin.Id).With("@source", bulletin.SourceId).With("@sha", bulletin.Sha256)
                .With("@bytes", packed).With("@text", "")
                .With("@packing", PackedTogether).With("@enc", bulletin.Encoding ?? NoCharset)
                .With("@extraction", RawExtraction.Of(bulletin).ToJson())
                .With("@ct", bulletin.ContentType).With("@url", bulletin.SourceUrl)
                .With("@pub", SqliteValues.TimeOrNull(bulletin.PublishedAt)).With("@rcv", SqliteValues.Time(bulletin.ReceivedAt))
                .With("@ann", bulletin.Announced ? 1 : 0);
            if (await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return new AddRawResult(true, bulletin.Id);
            }
            var find = c.Prepared("SELECT id FROM raw_bulletins WHERE sha256 = @sha OR id = @id LIMIT 1", tx);
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

    public async Task<RawBulletinReceipt?> GetReceiptAsync(string id, CancellationToken cancellationToken = default)
    {
        var list = await SelectReceiptsAsync("WHERE id = @id", cmd => cmd.With("@id", id), cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public Task<IReadOnlyList<RawBulletinReceipt>> ListUnannouncedAsync(int limit, CancellationToken cancellationToken = default) =>
        SelectReceiptsAsync("WHERE announced = 0 ORDER BY received_at, id LIMIT @limit", cmd => cmd.With("@limit", limit), cancellationToken);

    public Task MarkAnnouncedAsync(string id, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (c, tx) =>
        {
            var cmd = c.Prepared("UPDATE raw_bulletins SET announced = 1 WHERE id = @id", tx);
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
            var encoding = r.GetString(5);
            var raw = new RawBulletin(r.GetString(0), r.GetString(1), r.GetString(2), bytes, text,
                encoding == NoCharset ? null : encoding, SqliteValues.ReadStringOrNull(r, 6), SqliteValues.ReadStringOrNull(r, 7),
                SqliteValues.ReadTimeOrNull(r, 8), SqliteValues.ReadTime(r, 9), r.GetInt64(10) == 1);
            return RawExtraction.FromJson(SqliteValues.ReadStringOrNull(r, 12)).ApplyTo(raw);
        }, cancellationToken);

    /// <remarks>
    /// The metadata are columns of their own, apart from the packed bytes and text; only the format is kept with the
    /// extraction hints (a large PDF can have many headline lines), so json_extract takes just it. SQLite still steps
    /// over the content's overflow pages to reach the columns stored after it, in its own page cache: nothing of the
    /// content reaches the managed heap.
    /// </remarks>
    private Task<IReadOnlyList<RawBulletinReceipt>> SelectReceiptsAsync(string where, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        db.QueryAsync($"SELECT {ReceiptColumns} FROM raw_bulletins {where}", bind, r =>
        {
            var encoding = r.GetString(3);
            return new RawBulletinReceipt(r.GetString(0), r.GetString(1), r.GetString(2), encoding == NoCharset ? null : encoding,
                SqliteValues.ReadStringOrNull(r, 4), SqliteValues.ReadStringOrNull(r, 5), SqliteValues.ReadTimeOrNull(r, 6), SqliteValues.ReadTime(r, 7),
                r.GetInt64(8) == 1)
            {
                Format = RawExtraction.FormatNamed(SqliteValues.ReadStringOrNull(r, 9)),
            };
        }, cancellationToken);

    /// <summary>
    /// Packs the bytes' length (4 bytes), the bytes, then the text as UTF-8, laid out in a pooled buffer: at the
    /// maximum body that layout is twice the body and is needed only until it is packed (issue 13 item 12); a large one is
    /// not kept (<see cref="DocumentBuffers"/>).
    /// </summary>
    private static byte[] PackTogether(byte[] bytes, string text)
    {
        var length = 4 + bytes.Length + System.Text.Encoding.UTF8.GetByteCount(text);
        var together = DocumentBuffers.Pool.Rent(length);
        try
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(together, bytes.Length);
            bytes.CopyTo(together, 4);
            System.Text.Encoding.UTF8.GetBytes(text, together.AsSpan(4 + bytes.Length, length - 4 - bytes.Length));
            return SqlitePacking.Pack(together.AsSpan(0, length), SqlitePackingQuality.Raw);
        }
        finally
        {
            DocumentBuffers.Pool.Return(together);
        }
    }

    private static (byte[] Bytes, string Text) Read(SqliteDataReader r, int packing)
    {
        if (packing != PackedTogether) return ((byte[])r.GetValue(3), r.GetString(4));
        var packed = (byte[])r.GetValue(3);
        var length = SqlitePacking.UnpackedLength(packed);
        var together = DocumentBuffers.Pool.Rent(length);
        try
        {
            SqlitePacking.Unpack(packed, together.AsSpan(0, length));
            var bytesLength = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(together);
            return (together.AsSpan(4, bytesLength).ToArray(), System.Text.Encoding.UTF8.GetString(together.AsSpan(4 + bytesLength, length - 4 - bytesLength)));
        }
        finally
        {
            DocumentBuffers.Pool.Return(together);
        }
    }
}
