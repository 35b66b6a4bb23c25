using Platform.Contracts;
using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

internal sealed class SqliteBulletinStore(SqliteDatabase db, SqliteDocumentCache<Bulletin> cache) : IBulletinStore
{
    private readonly SqliteVersionedDocuments<Bulletin> _bulletins = new(db, "bulletins", cache, (b, version) => b with { Version = version }, b => b.Status,
        (b, status) => b with { Status = status });

    public Task<Bulletin?> GetAsync(string id, CancellationToken cancellationToken = default) => _bulletins.GetAsync(id, cancellationToken);

    // Documents are packed: the status column beside them (ix_bulletins_status) is what can be searched.
    public Task<IReadOnlyList<Bulletin>> ListUnfinishedAsync(string? afterId, int limit, CancellationToken cancellationToken = default) =>
        db.QueryAsync("""
            SELECT doc, version FROM bulletins
            WHERE status IN (@received, @parsed, @enriched) AND id > @after
            ORDER BY id LIMIT @limit
            """,
            cmd => cmd.With("@received", WireNames.Of(PipelineStatus.Received)).With("@parsed", WireNames.Of(PipelineStatus.Parsed))
                .With("@enriched", WireNames.Of(PipelineStatus.Enriched)).With("@after", afterId ?? "").With("@limit", Math.Max(limit, 1)),
            _bulletins.Read, cancellationToken);

    public async Task<WriteResult> UpsertAsync(Bulletin bulletin, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var packed = _bulletins.Pack(bulletin.Id, bulletin, expectedVersion);
        var columns = new Dictionary<string, object?>
        {
            ["doc"] = packed.Doc,
            ["status"] = WireNames.Of(bulletin.Status),
        };
        var written = await db.WriteAsync((c, tx) => SqliteVersionedWrite.ExecuteAsync(c, tx, _bulletins.Table, bulletin.Id, expectedVersion, columns, cancellationToken))
            .ConfigureAwait(false);
        return _bulletins.Remember(bulletin.Id, written, packed);
    }
}
