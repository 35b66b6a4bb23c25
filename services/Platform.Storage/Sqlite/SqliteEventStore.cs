using Microsoft.Data.Sqlite;
using Platform.Contracts.Events;

namespace Platform.Storage.Sqlite;

internal sealed class SqliteEventStore(SqliteDatabase db, TimeProvider time) : IEventStore
{
    private const string Columns = "sequence, id, type, subject, routing_key, time, data, dispatched, data_ref";

    public async Task<(PublicEvent Event, bool Appended)> AppendAsync(NewEvent newEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newEvent);
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = c.CreateCommand();
        // One statement: AUTOINCREMENT gives a strictly increasing sequence even across processes.
        insert.CommandText = $"""
            INSERT INTO events (id, dedup_key, type, subject, routing_key, time, data, data_ref)
            VALUES (@id, @key, @type, @subject, @rk, @time, @data, @ref)
            ON CONFLICT(dedup_key) DO NOTHING
            RETURNING {Columns}
            """;
        insert.With("@id", Guid.CreateVersion7().ToString()).With("@key", newEvent.DedupKey).With("@type", newEvent.Type)
            .With("@subject", newEvent.Subject).With("@rk", newEvent.RoutingKey)
            .With("@time", SqliteValues.Time(time.GetUtcNow())).With("@data", newEvent.DataJson).With("@ref", newEvent.DataRef);
        await using (var r = await insert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) return (Read(r), true);
        }
        await using var find = c.CreateCommand();
        find.CommandText = $"SELECT {Columns} FROM events WHERE dedup_key = @key";
        find.With("@key", newEvent.DedupKey);
        await using var existing = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await existing.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (Read(existing), false);
    }

    public Task<IReadOnlyList<PublicEvent>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        SelectAsync("WHERE sequence > @after ORDER BY sequence LIMIT @limit",
            cmd => cmd.With("@after", afterSequence).With("@limit", Math.Clamp(limit, 1, 1000)), cancellationToken);

    public Task<IReadOnlyList<PublicEvent>> ListUndispatchedAsync(int limit, CancellationToken cancellationToken = default) =>
        SelectAsync("WHERE dispatched = 0 ORDER BY sequence LIMIT @limit", cmd => cmd.With("@limit", limit), cancellationToken);

    public Task MarkDispatchedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default) =>
        SetDispatchedAsync(sequences, dispatched: true, cancellationToken);

    public Task MarkUndispatchedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default) =>
        SetDispatchedAsync(sequences, dispatched: false, cancellationToken);

    private async Task SetDispatchedAsync(IReadOnlyCollection<long> sequences, bool dispatched, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        if (sequences.Count == 0) return;
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = c.BeginTransaction(deferred: false);
        foreach (var seq in sequences)
        {
            await using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "UPDATE events SET dispatched = @dispatched WHERE sequence = @seq";
            cmd.With("@seq", seq).With("@dispatched", dispatched ? 1 : 0);
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task QuarantineAsync(long sequence, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = c.BeginTransaction(deferred: false);
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
        await leave.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

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

    public async Task<bool> ReleaseQuarantinedAsync(long sequence, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = c.BeginTransaction(deferred: false);
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
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return released;
    }

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
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {Columns} FROM events {where}";
        bind(cmd);
        var list = new List<PublicEvent>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) list.Add(Read(r));
        return list;
    }

    private static PublicEvent Read(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), SqliteValues.ReadTime(r, 5),
            r.GetString(6), r.GetInt64(7) == 1, SqliteValues.ReadStringOrNull(r, 8));
}
