using System.Text;
using Microsoft.Data.Sqlite;
using Platform.Contracts.Events;

namespace Platform.Storage.Sqlite;

internal sealed class SqliteEventStore(SqliteDatabase db, TimeProvider time, SqliteDocumentCache<Platform.Contracts.Documents.Article> articles) : IEventStore
{
    private const int KeysPerStatement = 500;

    public async Task<(PublicEvent Event, bool Appended)> AppendAsync(NewEvent newEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newEvent);
        var body = Encoding.UTF8.GetBytes(newEvent.DataJson);
        var at = time.GetUtcNow();
        var isArticle = newEvent.Type.StartsWith("article.", StringComparison.Ordinal);
        var cached = isArticle ? articles.Find(newEvent.Subject) : null;
        // Compared before the write is queued: the batch holds the only writer, and this is most of an append's work.
        var cachedView = cached is null ? null : DocumentProjection.Dropped(cached.Json, body);
        return await db.WriteAsync(async (c, tx) =>
        {
            // An article event whose data is the stored article, or the stored article without some of its properties
            // (the PublishedArticle payload leaves out status, warnings and spans), references that version instead of
            // holding a second copy; the article store materializes the copy before the article changes.
            var reference = isArticle ? await ArticleReferenceAsync(c, tx, cached, cachedView, newEvent.Subject, body, cancellationToken).ConfigureAwait(false) : null;
            // One statement: AUTOINCREMENT gives a strictly increasing sequence even across processes.
            var insert = c.Prepared("""
                INSERT INTO events (id, dedup_key, type, subject, routing_key, time, data, article_version, article_view, data_ref)
                VALUES (@id, @key, @type, @subject, @rk, @time, @data, @version, @view, @ref)
                ON CONFLICT(dedup_key) DO NOTHING
                RETURNING sequence, id, dispatched
                """, tx);
            insert.With("@id", Guid.CreateVersion7().ToString()).With("@key", newEvent.DedupKey).With("@type", newEvent.Type)
                .With("@subject", newEvent.Subject).With("@rk", newEvent.RoutingKey).With("@time", SqliteValues.Time(at))
                .With("@data", reference is null ? SqlitePacking.Pack(body) : Array.Empty<byte>())
                .With("@version", reference?.Version).With("@view", reference is { Dropped.Length: > 0 } ? reference.Dropped : null)
                .With("@ref", newEvent.DataRef);
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

    public async Task<int> CountAppendedAsync(IReadOnlyCollection<string> dedupKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dedupKeys);
        if (dedupKeys.Count == 0) return 0;
        return await db.ReadAsync(async c =>
        {
            var count = 0;
            // SQLite allows 32,766 parameters per statement; chunks keep each statement small and its plan the same.
            foreach (var chunk in dedupKeys.Chunk(KeysPerStatement))
            {
                var names = new string[chunk.Length];
                for (var i = 0; i < chunk.Length; i++) names[i] = $"@k{i}";
                // One statement per number of keys (a bulletin's article count), prepared once per connection.
                var cmd = c.Prepared($"SELECT COUNT(*) FROM events WHERE dedup_key IN ({string.Join(',', names)})");
                for (var i = 0; i < chunk.Length; i++) cmd.With(names[i], chunk[i]);
                count += Convert.ToInt32(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            }
            return count;
        }, cancellationToken).ConfigureAwait(false);
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
                var cmd = c.Prepared("UPDATE events SET dispatched = @dispatched WHERE sequence = @seq", tx);
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

    private Task<IReadOnlyList<PublicEvent>> SelectAsync(string where, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        db.ReadAsync(c => SelectAsync(c, null, where, bind, cancellationToken), cancellationToken);

    /// <summary>
    /// The stored version of article <paramref name="id"/> when <paramref name="body"/> is it or a projection of it, else
    /// null. <paramref name="cachedView"/> is what the cached version leaves out of the body, used when that is still the stored one.
    /// </summary>
    private static async Task<SqliteArticleReference?> ArticleReferenceAsync(SqliteConnection c, SqliteTransaction tx,
        SqliteDocumentCache<Platform.Contracts.Documents.Article>.Entry? cached, string? cachedView, string id, byte[] body, CancellationToken cancellationToken)
    {
        // The publish stage appends the event of the article it has just written: its JSON is usually still cached.
        var cmd = c.Prepared(SqliteArticleStore.GetSql, tx);
        cmd.With("@id", id).With("@known", cached?.Version ?? SqliteDocumentCache<Platform.Contracts.Documents.Article>.NoVersion);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await r.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        var row = SqliteCachedRow.Read(r);
        var dropped = row.Json is null ? cachedView : DocumentProjection.Dropped(row.Json, body);
        return dropped is null ? null : new SqliteArticleReference(row.Version, dropped);
    }

    /// <summary>Events with their data: their own, or the article version they reference (whole, or without the properties in article_view).</summary>
    private static async Task<IReadOnlyList<PublicEvent>> SelectAsync(SqliteConnection c, SqliteTransaction? tx, string where, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        var cmd = c.Prepared($"""
            SELECT e.sequence, e.id, e.type, e.subject, e.routing_key, e.time,
                   CASE WHEN e.article_version IS NULL THEN e.data ELSE a.doc END, e.dispatched, e.data_ref, e.article_view
            FROM events e LEFT JOIN articles a ON e.article_version IS NOT NULL AND a.id = e.subject
            {where}
            """, tx);
        bind(cmd);
        var list = new List<PublicEvent>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var data = SqliteValues.ReadStringOrNull(r, 9) is { } dropped
                ? Encoding.UTF8.GetString(DocumentProjection.Apply(SqlitePacking.ReadUtf8(r, 6), dropped))
                : SqlitePacking.ReadText(r, 6);
            list.Add(new PublicEvent(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), SqliteValues.ReadTime(r, 5),
                data, r.GetInt64(7) == 1, SqliteValues.ReadStringOrNull(r, 8)));
        }
        return list;
    }
}
