using Microsoft.Data.Sqlite;
using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

/// <summary>The console's counts as GROUP BY queries on the status and region columns beside the packed documents.</summary>
internal sealed class SqlitePipelineCounts(SqliteDatabase db) : IPipelineCounts
{
    private static readonly string Published = Platform.Contracts.WireNames.Of(PipelineStatus.Published);

    public async Task<IReadOnlyDictionary<PipelineStatus, long>> BulletinsByStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var raw = await GroupsAsync(c, "SELECT NULL, count(*) FROM raw_bulletins", cancellationToken).ConfigureAwait(false);
        var parsed = await GroupsAsync(c, "SELECT status, count(*) FROM bulletins GROUP BY status", cancellationToken).ConfigureAwait(false);
        return StatusCounts.OfBulletins(raw.Sum(g => g.Count), parsed);
    }

    public async Task<IReadOnlyDictionary<PipelineStatus, long>> ArticlesByStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        return StatusCounts.FromWireNames(await GroupsAsync(c, "SELECT status, count(*) FROM articles GROUP BY status", cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyDictionary<string, long>> PublishedByProvinceAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var groups = await GroupsAsync(c, $$"""
            SELECT CASE WHEN length(region_code) >= 2 THEN substr(region_code, 1, 2) ELSE '00' END AS province, count(*)
            FROM articles WHERE status = '{{Published}}' GROUP BY province
            """, cancellationToken).ConfigureAwait(false);
        return groups.ToDictionary(g => g.Status!, g => g.Count);
    }

    public async Task<IReadOnlyList<DateTimeOffset>> ReceivedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT received_at FROM raw_bulletins WHERE received_at >= @from ORDER BY received_at";
        cmd.With("@from", SqliteValues.Time(from));
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var times = new List<DateTimeOffset>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) times.Add(SqliteValues.ReadTime(r, 0));
        return times;
    }

    private static async Task<List<(string? Status, long Count)>> GroupsAsync(SqliteConnection c, string sql, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var groups = new List<(string?, long)>();
        while (await r.ReadAsync(ct).ConfigureAwait(false)) groups.Add((r.IsDBNull(0) ? null : r.GetString(0), r.GetInt64(1)));
        return groups;
    }
}
