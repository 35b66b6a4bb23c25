using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

/// <summary>The console's counts as GROUP BY queries on the status and region columns beside the packed documents.</summary>
internal sealed class SqlitePipelineCounts(SqliteDatabase db) : IPipelineCounts
{
    private static readonly string Published = Platform.Contracts.WireNames.Of(PipelineStatus.Published);

    public async Task<IReadOnlyDictionary<PipelineStatus, long>> BulletinsByStatusAsync(CancellationToken cancellationToken = default)
    {
        var raw = await GroupsAsync("SELECT NULL, count(*) FROM raw_bulletins", cancellationToken).ConfigureAwait(false);
        var parsed = await GroupsAsync("SELECT status, count(*) FROM bulletins GROUP BY status", cancellationToken).ConfigureAwait(false);
        return StatusCounts.OfBulletins(raw.Sum(g => g.Count), parsed);
    }

    public async Task<IReadOnlyDictionary<PipelineStatus, long>> ArticlesByStatusAsync(CancellationToken cancellationToken = default) =>
        StatusCounts.FromWireNames(await GroupsAsync("SELECT status, count(*) FROM articles GROUP BY status", cancellationToken).ConfigureAwait(false));

    public async Task<IReadOnlyDictionary<string, long>> PublishedByProvinceAsync(CancellationToken cancellationToken = default)
    {
        var groups = await GroupsAsync($$"""
            SELECT CASE WHEN length(region_code) >= 2 THEN substr(region_code, 1, 2) ELSE '00' END AS province, count(*)
            FROM articles WHERE status = '{{Published}}' GROUP BY province
            """, cancellationToken).ConfigureAwait(false);
        return groups.ToDictionary(g => g.Key!, g => g.Count);
    }

    public Task<IReadOnlyList<DateTimeOffset>> ReceivedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken = default) =>
        db.QueryAsync("SELECT received_at FROM raw_bulletins WHERE received_at >= @from ORDER BY received_at",
            cmd => cmd.With("@from", SqliteValues.Time(from)), r => SqliteValues.ReadTime(r, 0), cancellationToken);

    private Task<IReadOnlyList<(string? Key, long Count)>> GroupsAsync(string sql, CancellationToken ct) =>
        db.QueryAsync(sql, _ => { }, r => (r.IsDBNull(0) ? null : r.GetString(0), r.GetInt64(1)), ct);
}
