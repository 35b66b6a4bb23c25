using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Documents;
using Platform.Storage.Mongo.Bson;

namespace Platform.Storage.Mongo;

/// <summary>
/// Subscriptions keyed by id, their cursor moved by a findAndModify conditioned on the expected cursor
/// (one retryable single-document write); the delivery log is append-only, one document per attempt.
/// </summary>
internal sealed class MongoSubscriptionStore(MongoCollection subscriptions, MongoCollection deliveries) : ISubscriptionStore
{
    /// <summary>Derived field of the delivery log: the attempt time as a BSON date, for newest-first listing.</summary>
    public const string AtUtcField = "_atUtc";

    public async Task<bool> AddAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var document = StoredDocument.From(subscription, subscriptions.Name, subscription.Id);
        document["cursor"] = ExtendedJson.Int64(subscription.Cursor);
        return await subscriptions.InsertIfAbsentAsync(subscription.Id, document, subscription.Id, cancellationToken).ConfigureAwait(false) is null;
    }

    public Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        subscriptions.FindByIdAsync(id, StoredDocument.Read<Subscription>, cancellationToken);

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken = default) =>
        await subscriptions.FindAsync(new JsonObject(), MongoCollection.Ascending("_id"), 10_000, StoredDocument.Read<Subscription>, cancellationToken)
            .ConfigureAwait(false);

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var deleted = await subscriptions.FindOneAndDeleteAsync(new JsonObject { ["_id"] = id }, id, cancellationToken).ConfigureAwait(false);
        // The log goes too, even when the subscription was already gone (a repeated delete finishes a half-done one).
        await deliveries.DeleteManyAsync(new JsonObject { ["subscriptionId"] = id }, id, cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    public Task<bool> AdvanceAsync(string id, long expectedCursor, long cursor, CancellationToken cancellationToken = default) =>
        subscriptions.FindOneAndUpdateAsync(
            new JsonObject { ["_id"] = id, ["cursor"] = ExtendedJson.Int64(expectedCursor) },
            new JsonObject { ["$set"] = new JsonObject { ["cursor"] = ExtendedJson.Int64(cursor), ["consecutiveFailures"] = 0 } },
            id, cancellationToken);

    public Task<bool> RecordFailureAsync(string id, int consecutiveFailures, string? disabledReason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var set = new JsonObject { ["consecutiveFailures"] = consecutiveFailures };
        if (disabledReason is not null)
        {
            set["disabledAt"] = JsonSerializer.SerializeToNode(at, DocumentJson.Options);
            set["disabledReason"] = disabledReason;
        }
        return subscriptions.FindOneAndUpdateAsync(new JsonObject { ["_id"] = id }, new JsonObject { ["$set"] = set }, id, cancellationToken);
    }

    public Task<bool> RewindAsync(string id, long cursor, CancellationToken cancellationToken = default) =>
        subscriptions.FindOneAndUpdateAsync(
            new JsonObject { ["_id"] = id },
            new JsonObject
            {
                ["$set"] = new JsonObject
                {
                    ["cursor"] = ExtendedJson.Int64(cursor),
                    ["consecutiveFailures"] = 0,
                    ["disabledAt"] = null,
                    ["disabledReason"] = null,
                },
            },
            id, cancellationToken);

    public async Task AppendDeliveryAsync(DeliveryAttempt attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var id = Guid.CreateVersion7().ToString();
        var document = StoredDocument.From(attempt, deliveries.Name, id);
        document.Remove("succeeded");
        document["sequence"] = ExtendedJson.Int64(attempt.Sequence);
        document[AtUtcField] = ExtendedJson.Date(attempt.At);
        await deliveries.InsertIfAbsentAsync(id, document, id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DeliveryAttempt>> ListDeliveriesAsync(string subscriptionId, int limit, CancellationToken cancellationToken = default) =>
        await deliveries.FindAsync(
            new JsonObject { ["subscriptionId"] = subscriptionId }, new JsonObject { [AtUtcField] = -1, ["_id"] = -1 },
            Math.Clamp(limit, 1, 10_000), StoredDocument.Read<DeliveryAttempt>, cancellationToken).ConfigureAwait(false);
}
