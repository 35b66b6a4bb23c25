using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.Contracts;
using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

internal sealed class SqliteBulletinStore(SqliteDatabase db, SqliteDocumentCache<Bulletin> cache) : IBulletinStore
{
    // As SqliteArticleStore.GetSql: the document only when it is not the cached version.
    private const string GetSql = "SELECT CASE WHEN version = @known THEN NULL ELSE doc END, version FROM bulletins WHERE id = @id";

    public Task<Bulletin?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        cache.GetAsync(db, GetSql, id, (json, version) => JsonSerializer.Deserialize<Bulletin>(json, DocumentJson.Options)! with { Version = version },
            cancellationToken);

    // Documents are packed: the status column beside them (ix_bulletins_status) is what can be searched.
    public Task<IReadOnlyList<Bulletin>> ListUnfinishedAsync(string? afterId, int limit, CancellationToken cancellationToken = default) =>
        db.QueryAsync("""
            SELECT doc, version FROM bulletins
            WHERE status IN (@received, @parsed, @enriched) AND id > @after
            ORDER BY id LIMIT @limit
            """,
            cmd => cmd.With("@received", WireNames.Of(PipelineStatus.Received)).With("@parsed", WireNames.Of(PipelineStatus.Parsed))
                .With("@enriched", WireNames.Of(PipelineStatus.Enriched)).With("@after", afterId ?? "").With("@limit", Math.Max(limit, 1)),
            Read, cancellationToken);

    public async Task<WriteResult> UpsertAsync(Bulletin bulletin, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var stored = bulletin with { Version = expectedVersion + 1 };
        var json = JsonSerializer.SerializeToUtf8Bytes(stored, DocumentJson.Options);
        var columns = new Dictionary<string, object?>
        {
            ["doc"] = SqlitePacking.Pack(json, SqlitePackingQuality.Of(bulletin.Status)),
            ["status"] = WireNames.Of(bulletin.Status),
        };
        var written = await db.WriteAsync((c, tx) => SqliteVersionedWrite.ExecuteAsync(c, tx, "bulletins", bulletin.Id, expectedVersion, columns, cancellationToken))
            .ConfigureAwait(false);
        if (written.Succeeded) cache.Put(bulletin.Id, written.Version, stored, json);
        return written;
    }

    private static Bulletin Read(SqliteDataReader r) =>
        JsonSerializer.Deserialize<Bulletin>(SqlitePacking.ReadUtf8(r, 0), DocumentJson.Options)! with { Version = r.GetInt64(1) };
}
