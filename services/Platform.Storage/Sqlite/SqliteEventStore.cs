using Microsoft.Data.Sqlite;
using Platform.Contracts.Events;

namespace Platform.Storage.Sqlite;

internal sealed class SqliteEventStore(SqliteDatabase db, TimeProvider time) : IEventStore
{
    public async Task<(PublicEvent Event, bool Appended)> AppendAsync(NewEvent newEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newEvent);
        var packed = SqlitePacking.Pack(newEvent.DataJson);
        var at = time.GetUtcNow();
        var isArticle = newEvent.Type.StartsWith("article.", StringComparison.Ordinal) ? 1 : 0;
        return await db.WriteAsync(async (c, tx) =>
        {
            await using var insert = c.CreateCommand();
            insert.Transaction = tx;
            // One statement: AUTOINCREMENT gives a strictly increasing sequence even across processes. An article event whose
            // data is exactly the stored article (the usual case: publish stores it, then announces it) references that
            // version instead of holding a second copy; the article store copies it in before the article changes.
            insert.CommandText = """
                INSERT INTO events (id, dedup_key, type, subject, routing_key, time, data, article_version, data_ref)
                SELECT @id, @key, @type, @subject, @rk, @time,
                       CASE WHEN a.doc = @data THEN X'' ELSE @data END,
                       CASE WHEN a.doc = @data THEN a.version END, @ref
                FROM (SELECT 1) LEFT JOIN articles a ON @article = 1 AND a.id = @subject
                WHERE true
                ON CONFLICT(dedup_key) DO NOTHING
                RETURNING sequence, id, dispatched
                """;
            insert.With("@id", Guid.CreateVersion7().ToString()).With("@key", newEvent.DedupKey).With("@type", newEvent.Type)
                .With("@subject", newEvent.Subject).With("@rk", newEvent.RoutingKey).With("@time", SqliteValues.Time(at))
                .With("@data", packed).With("@article", isArticle).With("@ref", newEvent.DataRef);
            await using (var r = await insert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var appended = new PublicEvent(r.GetInt64(0), r.GetString(1), newEvent.Type, newEvent.Subject, newEvent.RoutingKey,
                        at, newEvent.DataJson, r.GetInt64(2) == 1, newEvent.DataRef);
                    return (appended, true);
                }
            }
            var existing = await SelectAsync(c, tx, "WHERE e.dedup_key = @key", cmd => cmd.With("@key", newEvent.DedupKey), cancellationToken).ConfigureAwait(false);
            return (existing[0], false);
        }).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<PublicEvent>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        SelectAsync("WHERE e.sequence > @after ORDER BY e.sequence LIMIT @limit",
            cmd => cmd.With("@after", afterSequence).With("@limit", Math.Clamp(limit, 1, 1000)), cancellationToken);

    public Task<IReadOnlyList<PublicEvent>> ListUndispatchedAsync(int limit, CancellationToken cancellationToken = default) =>
        SelectAsync("WHERE e.dispatched = 0 ORDER BY e.sequence LIMIT @limit", cmd => cmd.With("@limit", limit), cancellationToken);

    public Task MarkDispatchedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default) =>
        SetDispatchedAsync(sequences, dispatched: true, cancellationToken);

    public Task MarkUndispatchedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default) =>
        SetDispatchedAsync(sequences, dispatched: false, cancellationToken);

    private async Task SetDispatchedAsync(IReadOnlyCollection<long> sequences, bool dispatched, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        if (sequences.Count == 0) return;
        await db.WriteAsync(async (c, tx) =>
        {
            foreach (var seq in sequences)
            {
                await using var cmd = c.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = "UPDATE events SET dispatched = @dispatched WHERE sequence = @seq";
                cmd.With("@seq", seq).With("@dispatched", dispatched ? 1 : 0);
                await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            return sequences.Count;
        }).ConfigureAwait(false);
    }

    public Task QuarantineAsync(long sequence, string reason, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (c, tx) =>
    {
        await using var quarantine = c.CreateCommand();
        quarantine.Transaction = tx;
        quarantine.CommandText = """
            INSERT INTO event_quarantine (sequence, reason, at) VALUES (@seq, @reason, @at)
            ON CONFLICT(sequence) DO UPDATE SET reason = excluded.reason, at = excluded.at
            """;
        quarantine.With("@seq", sequence).With("@reason", reason).With("@at", SqliteValues.Time(at));
        await quarantine.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using var leave = c.CreateCommand();
        leave.Transaction = tx;
        leave.CommandText = "UPDATE events SET dispatched = 1 WHERE sequence = @seq";
        leave.With("@seq", sequence);
        return await leave.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    });

    public async Task<IReadOnlyList<QuarantinedEvent>> ListQuarantinedAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT q.sequence, e.id, e.type, e.subject, q.reason, q.at FROM event_quarantine q JOIN events e ON e.sequence = q.sequence
            ORDER BY q.sequence LIMIT @limit
            """;
        cmd.With("@limit", Math.Clamp(limit, 1, 10_000));
        var list = new List<QuarantinedEvent>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new QuarantinedEvent(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), SqliteValues.ReadTime(r, 5)));
        }
        return list;
    }

    public Task<bool> ReleaseQuarantinedAsync(long sequence, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (c, tx) =>
    {
        await using var release = c.CreateCommand();
        release.Transaction = tx;
        release.CommandText = "DELETE FROM event_quarantine WHERE sequence = @seq";
        release.With("@seq", sequence);
        var released = await release.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        if (released)
        {
            await using var back = c.CreateCommand();
            back.Transaction = tx;
            back.CommandText = "UPDATE events SET dispatched = 0 WHERE sequence = @seq";
            back.With("@seq", sequence);
            await back.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return released;
    });

    public async Task<long> LastSequenceAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(sequence), 0) FROM events";
        return (long)(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<IReadOnlyList<PublicEvent>> SelectAsync(string where, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await SelectAsync(c, null, where, bind, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Events with their data: their own, or the article version they reference.</summary>
    private static async Task<IReadOnlyList<PublicEvent>> SelectAsync(SqliteConnection c, SqliteTransaction? tx, string where, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"""
            SELECT e.sequence, e.id, e.type, e.subject, e.routing_key, e.time,
                   CASE WHEN e.article_version IS NULL THEN e.data ELSE a.doc END, e.dispatched, e.data_ref
            FROM events e LEFT JOIN articles a ON e.article_version IS NOT NULL AND a.id = e.subject
            {where}
            """;
        bind(cmd);
        var list = new List<PublicEvent>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new PublicEvent(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), SqliteValues.ReadTime(r, 5),
                SqlitePacking.ReadText(r, 6), r.GetInt64(7) == 1, SqliteValues.ReadStringOrNull(r, 8)));
        }
        return list;
    }
}
