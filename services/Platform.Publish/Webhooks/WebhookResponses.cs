using Platform.Storage;

namespace Platform.Publish.Webhooks;

// The answers of the webhook admin API besides SubscriptionView, returned through TypedResults so the OpenAPI
// document describes exactly what is written.

/// <summary><c>GET /v1/subscriptions</c>: every subscription.</summary>
/// <param name="Items">The subscriptions, without their secrets.</param>
public sealed record SubscriptionList(IReadOnlyList<SubscriptionView> Items);

/// <summary><c>GET /v1/subscriptions/{id}/deliveries</c>: the delivery log, newest first.</summary>
/// <param name="Items">One row per attempt.</param>
public sealed record DeliveryLog(IReadOnlyList<DeliveryView> Items);

/// <summary>One delivery attempt of one event to one subscription.</summary>
/// <param name="Sequence">Sequence of the event in the log.</param>
/// <param name="EventId">CloudEvents id of the event.</param>
/// <param name="Attempt">1 for the first try of this event, 2 for the first retry, …</param>
/// <param name="Succeeded">Whether the receiver answered 2xx.</param>
/// <param name="StatusCode">The receiver's HTTP status, or null when no answer came (refused, timed out).</param>
/// <param name="Error">Why the attempt failed (e.g. "HTTP 500"), or null.</param>
/// <param name="DurationMs">How long the attempt took, in milliseconds (one decimal).</param>
/// <param name="At">When the attempt started.</param>
public sealed record DeliveryView(long Sequence, string EventId, int Attempt, bool Succeeded, int? StatusCode, string? Error, double DurationMs, DateTimeOffset At)
{
    public static DeliveryView From(DeliveryAttempt d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Sequence, d.EventId, d.Attempt, d.Succeeded, d.StatusCode, d.Error, Math.Round(d.DurationMilliseconds, 1), d.At);
    }
}

/// <summary><c>POST /v1/subscriptions/{id}/replay</c> accepted: what will be delivered again.</summary>
/// <param name="Subscription">The subscription id.</param>
/// <param name="FromSequence">First sequence delivered again (inclusive).</param>
/// <param name="ToSequence">The last sequence in the log when the replay was accepted.</param>
/// <param name="Enabled">Always true: a replay re-enables a disabled subscription.</param>
public sealed record SubscriptionReplayAccepted(string Subscription, long FromSequence, long ToSequence, bool Enabled);
