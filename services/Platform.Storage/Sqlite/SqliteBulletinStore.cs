using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.Contracts;
using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

internal sealed class SqliteBulletinStore(SqliteDatabase db) : IBulletinStore
{
    public Task<Bulletin?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        db.QueryFirstAsync("SELECT doc, version FROM bulletins WHERE id = @id", cmd => cmd.With("@id", id), Read, cancellationToken);

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
        var columns = new Dictionary<string, object?>
        {
            ["doc"] = SqlitePacking.Pack(JsonSerializer.SerializeToUtf8Bytes(stored, DocumentJson.Options)),
            ["status"] = WireNames.Of(bulletin.Status),
        };
        return await db.WriteAsync((c, tx) => SqliteVersionedWrite.ExecuteAsync(c, tx, "bulletins", bulletin.Id, expectedVersion, columns, cancellationToken))
            .ConfigureAwait(false);
    }

    private static Bulletin Read(SqliteDataReader r) =>
        JsonSerializer.Deserialize<Bulletin>(SqlitePacking.ReadUtf8(r, 0), DocumentJson.Options)! with { Version = r.GetInt64(1) };
}
