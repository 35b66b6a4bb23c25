namespace Platform.Storage;

/// <summary>
/// Webhook subscriptions with their delivery cursor, and the delivery log (collections <c>subscriptions</c>,
/// <c>webhook_deliveries</c>). The cursor moves by compare-and-set so a replay that rewinds it is never
/// overwritten by a delivery that was in flight.
/// </summary>
public interface ISubscriptionStore
{
    /// <summary>Adds the subscription; false when the id is taken.</summary>
    Task<bool> AddAsync(Subscription subscription, CancellationToken cancellationToken = default);

    Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every subscription, by id.</summary>
    Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the subscription and its delivery log; false when no such subscription.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the cursor to <paramref name="cursor"/> and clears the failure count, only while the stored cursor
    /// is <paramref name="expectedCursor"/>; false when it moved meanwhile (a replay) or the subscription is gone.
    /// </summary>
    Task<bool> AdvanceAsync(string id, long expectedCursor, long cursor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the failure count after a failed attempt; a non-null <paramref name="disabledReason"/> also disables
    /// the subscription at <paramref name="at"/>. False when no such subscription.
    /// </summary>
    Task<bool> RecordFailureAsync(string id, int consecutiveFailures, string? disabledReason, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Replay: sets the cursor, clears the failure count and re-enables the subscription. False when no such subscription.</summary>
    Task<bool> RewindAsync(string id, long cursor, CancellationToken cancellationToken = default);

    Task AppendDeliveryAsync(DeliveryAttempt attempt, CancellationToken cancellationToken = default);

    /// <summary>The subscription's latest <paramref name="limit"/> attempts, newest first.</summary>
    Task<IReadOnlyList<DeliveryAttempt>> ListDeliveriesAsync(string subscriptionId, int limit, CancellationToken cancellationToken = default);
}
