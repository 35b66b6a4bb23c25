using Platform.Storage.Mongo.Mapping;

namespace Platform.Storage.Mongo;

/// <summary>
/// Subscriptions keyed by id, their cursor moved by an update conditioned on the expected cursor (one
/// retryable single-document write); the delivery log is append-only, one document per attempt.
/// </summary>
internal sealed class MongoSubscriptionStore(IMongoCollection<Subscription> subscriptions, IMongoCollection<DeliveryAttempt> deliveries, StoreCalls calls)
    : ISubscriptionStore
{
    public Task<bool> AddAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return calls.RunAsync($"subscriptions insert '{subscription.Id}'", () => subscriptions.TryInsertAsync(subscription, cancellationToken));
    }

    public Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        calls.RunAsync<Subscription?>($"subscriptions find '{id}'", async () =>
            await subscriptions.Find(ById(id)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false));

    public Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyList<Subscription>>("subscriptions list", async () =>
            await subscriptions.Find(new BsonDocument()).Sort(new BsonDocument("_id", 1)).Limit(10_000).ToListAsync(cancellationToken)
                .ConfigureAwait(false));

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        calls.RunAsync($"subscriptions delete '{id}'", async () =>
        {
            var deleted = await subscriptions.DeleteOneAsync(ById(id), cancellationToken).ConfigureAwait(false);
            // The log goes too, even when the subscription was already gone (a repeated delete finishes a half-done one).
            await deliveries.DeleteManyAsync(new BsonDocument("subscriptionId", id), cancellationToken).ConfigureAwait(false);
            return deleted.DeletedCount == 1;
        });

    public Task<bool> AdvanceAsync(string id, long expectedCursor, long cursor, CancellationToken cancellationToken = default) =>
        UpdateAsync(
            $"subscriptions advance '{id}'",
            new BsonDocument { ["_id"] = id, ["cursor"] = expectedCursor },
            Builders<Subscription>.Update.Set(s => s.Cursor, cursor).Set(s => s.ConsecutiveFailures, 0),
            cancellationToken);

    public Task<bool> RecordFailureAsync(string id, int consecutiveFailures, string? disabledReason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var update = Builders<Subscription>.Update.Set(s => s.ConsecutiveFailures, consecutiveFailures);
        if (disabledReason is not null)
        {
            update = update.Set(s => s.DisabledAt, at).Set(s => s.DisabledReason, disabledReason);
        }
        return UpdateAsync($"subscriptions record failure '{id}'", ById(id), update, cancellationToken);
    }

    public Task<bool> RewindAsync(string id, long cursor, CancellationToken cancellationToken = default) =>
        UpdateAsync(
            $"subscriptions rewind '{id}'",
            ById(id),
            Builders<Subscription>.Update
                .Set(s => s.Cursor, cursor)
                .Set(s => s.ConsecutiveFailures, 0)
                .Set(s => s.DisabledAt, null)
                .Set(s => s.DisabledReason, null),
            cancellationToken);

    public Task AppendDeliveryAsync(DeliveryAttempt attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return calls.RunAsync($"webhook_deliveries insert for '{attempt.SubscriptionId}'",
            () => deliveries.InsertOneAsync(attempt, cancellationToken: cancellationToken));
    }

    public Task<IReadOnlyList<DeliveryAttempt>> ListDeliveriesAsync(string subscriptionId, int limit, CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyList<DeliveryAttempt>>($"webhook_deliveries list for '{subscriptionId}'", async () =>
            await deliveries.Find(new BsonDocument("subscriptionId", subscriptionId))
                .Sort(new BsonDocument { [ContractMapping.AtUtcField] = -1, ["_id"] = -1 })
                .Limit(Math.Clamp(limit, 1, 10_000))
                .ToListAsync(cancellationToken).ConfigureAwait(false));

    private Task<bool> UpdateAsync(string operation, BsonDocument filter, UpdateDefinition<Subscription> update, CancellationToken cancellationToken) =>
        calls.RunAsync(operation, async () =>
            (await subscriptions.UpdateOneAsync(filter, update, cancellationToken: cancellationToken).ConfigureAwait(false)).MatchedCount == 1);

    private static BsonDocument ById(string id) => new("_id", id);
}
