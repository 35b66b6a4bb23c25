using System.Text.Json;
using Platform.Contracts;
using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

internal sealed class SqliteBulletinStore(SqliteDatabase db) : IBulletinStore
{
    public async Task<Bulletin?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT doc, version FROM bulletins WHERE id = @id";
        cmd.With("@id", id);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await r.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        var doc = JsonSerializer.Deserialize<Bulletin>(SqlitePacking.ReadUtf8(r, 0), DocumentJson.Options)!;
        return doc with { Version = r.GetInt64(1) };
    }

    public async Task<IReadOnlyList<Bulletin>> ListUnfinishedAsync(string? afterId, int limit, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        // Documents are packed: the status column beside them (ix_bulletins_status) is what can be searched.
        cmd.CommandText = """
            SELECT doc, version FROM bulletins
            WHERE status IN (@received, @parsed, @enriched) AND id > @after
            ORDER BY id LIMIT @limit
            """;
        cmd.With("@received", WireNames.Of(PipelineStatus.Received)).With("@parsed", WireNames.Of(PipelineStatus.Parsed))
            .With("@enriched", WireNames.Of(PipelineStatus.Enriched)).With("@after", afterId ?? "").With("@limit", Math.Max(limit, 1));
        var list = new List<Bulletin>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(JsonSerializer.Deserialize<Bulletin>(SqlitePacking.ReadUtf8(r, 0), DocumentJson.Options)! with { Version = r.GetInt64(1) });
        }
        return list;
    }

    public async Task<WriteResult> UpsertAsync(Bulletin bulletin, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var stored = bulletin with { Version = expectedVersion + 1 };
        var columns = new Dictionary<string, object?>
        {
            ["doc"] = SqlitePacking.Pack(JsonSerializer.SerializeToUtf8Bytes(stored, DocumentJson.Options)),
            ["status"] = WireNames.Of(bulletin.Status),
        };
        return await db.WriteAsync((c, tx) => SqliteVersionedWrite.ExecuteAsync(c, tx, "bulletins", bulletin.Id, expectedVersion, columns, cancellationToken))
            .ConfigureAwait(false);
    }
}
