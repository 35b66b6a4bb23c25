using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

internal sealed class SqliteSubscriptionStore(SqliteDatabase db) : ISubscriptionStore
{
    private const string Columns = "id, url, pattern, secret, description, created_at, cursor, consecutive_failures, disabled_at, disabled_reason";

    public async Task<bool> AddAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return await ExecuteAsync($"""
            INSERT INTO subscriptions ({Columns})
            VALUES (@id, @url, @pattern, @secret, @description, @created, @cursor, @failures, @disabledAt, @reason)
            ON CONFLICT DO NOTHING
            """, cmd => cmd.With("@id", subscription.Id).With("@url", subscription.Url).With("@pattern", subscription.Pattern)
                .With("@secret", subscription.Secret).With("@description", subscription.Description)
                .With("@created", SqliteValues.Time(subscription.CreatedAt)).With("@cursor", subscription.Cursor)
                .With("@failures", subscription.ConsecutiveFailures).With("@disabledAt", SqliteValues.TimeOrNull(subscription.DisabledAt))
                .With("@reason", subscription.DisabledReason), cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var list = await SelectAsync("WHERE id = @id", cmd => cmd.With("@id", id), cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? null : list[0];
    }

    public Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken = default) =>
        SelectAsync("ORDER BY id", _ => { }, cancellationToken);

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = c.BeginTransaction(deferred: false);
        await using var log = c.CreateCommand();
        log.Transaction = tx;
        log.CommandText = "DELETE FROM webhook_deliveries WHERE subscription_id = @id";
        log.With("@id", id);
        await log.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "DELETE FROM subscriptions WHERE id = @id";
        cmd.With("@id", id);
        var deleted = await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    public async Task<bool> AdvanceAsync(string id, long expectedCursor, long cursor, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("UPDATE subscriptions SET cursor = @cursor, consecutive_failures = 0 WHERE id = @id AND cursor = @expected",
            cmd => cmd.With("@id", id).With("@cursor", cursor).With("@expected", expectedCursor), cancellationToken).ConfigureAwait(false) == 1;

    public async Task<bool> RecordFailureAsync(string id, int consecutiveFailures, string? disabledReason, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("""
            UPDATE subscriptions SET consecutive_failures = @failures,
                disabled_at = CASE WHEN @reason IS NULL THEN disabled_at ELSE @at END,
                disabled_reason = COALESCE(@reason, disabled_reason)
            WHERE id = @id
            """, cmd => cmd.With("@id", id).With("@failures", consecutiveFailures).With("@reason", disabledReason)
                .With("@at", SqliteValues.Time(at)), cancellationToken).ConfigureAwait(false) == 1;

    public async Task<bool> RewindAsync(string id, long cursor, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("""
            UPDATE subscriptions SET cursor = @cursor, consecutive_failures = 0, disabled_at = NULL, disabled_reason = NULL
            WHERE id = @id
            """, cmd => cmd.With("@id", id).With("@cursor", cursor), cancellationToken).ConfigureAwait(false) == 1;

    public async Task AppendDeliveryAsync(DeliveryAttempt attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await ExecuteAsync("""
            INSERT INTO webhook_deliveries (subscription_id, sequence, event_id, attempt, status_code, error, duration_ms, at)
            VALUES (@sub, @seq, @event, @attempt, @status, @error, @duration, @at)
            """, cmd => cmd.With("@sub", attempt.SubscriptionId).With("@seq", attempt.Sequence).With("@event", attempt.EventId)
                .With("@attempt", attempt.Attempt).With("@status", attempt.StatusCode).With("@error", attempt.Error)
                .With("@duration", attempt.DurationMilliseconds).With("@at", SqliteValues.Time(attempt.At)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DeliveryAttempt>> ListDeliveriesAsync(string subscriptionId, int limit, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT subscription_id, sequence, event_id, attempt, status_code, error, duration_ms, at FROM webhook_deliveries
            WHERE subscription_id = @sub ORDER BY id DESC LIMIT @limit
            """;
        cmd.With("@sub", subscriptionId).With("@limit", Math.Clamp(limit, 1, 10_000));
        var list = new List<DeliveryAttempt>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new DeliveryAttempt(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetInt32(4),
                SqliteValues.ReadStringOrNull(r, 5), r.GetDouble(6), SqliteValues.ReadTime(r, 7)));
        }
        return list;
    }

    private async Task<int> ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        bind(cmd);
        return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<IReadOnlyList<Subscription>> SelectAsync(string where, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        db.QueryAsync($"SELECT {Columns} FROM subscriptions {where}", bind, r =>
            new Subscription(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), SqliteValues.ReadStringOrNull(r, 4),
                SqliteValues.ReadTime(r, 5), r.GetInt64(6), r.GetInt32(7), SqliteValues.ReadTimeOrNull(r, 8), SqliteValues.ReadStringOrNull(r, 9)),
            cancellationToken);
}
