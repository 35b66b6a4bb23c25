namespace Platform.Storage;

/// <summary>One attempt to deliver an event to a webhook subscription (collection <c>webhook_deliveries</c>).</summary>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="Sequence">Sequence of the event delivered.</param>
/// <param name="EventId">CloudEvents id of the event delivered.</param>
/// <param name="Attempt">1 for the first attempt at this event, counting up while it fails.</param>
/// <param name="StatusCode">HTTP status the receiver answered, or null when no answer came (see <paramref name="Error"/>).</param>
/// <param name="Error">Why the attempt failed (non-2xx, timeout, refused address…), or null on success.</param>
/// <param name="DurationMilliseconds">Time from sending the request to the end of the answer.</param>
/// <param name="At">When the attempt started.</param>
public sealed record DeliveryAttempt(
    string SubscriptionId,
    long Sequence,
    string EventId,
    int Attempt,
    int? StatusCode,
    string? Error,
    double DurationMilliseconds,
    DateTimeOffset At)
{
    public bool Succeeded => Error is null;
}
