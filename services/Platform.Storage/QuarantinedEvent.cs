namespace Platform.Storage;

/// <summary>
/// An event the broker refused (collection <c>event_quarantine</c>): taken out of the outbox so it cannot hold up the
/// events after it, kept in the event log (pull feed, webhooks, replay) and listed for operators with the reason.
/// </summary>
/// <param name="Sequence">The event's sequence.</param>
/// <param name="EventId">Its CloudEvents id.</param>
/// <param name="Type">Its type.</param>
/// <param name="Subject">Its subject (article or bulletin id).</param>
/// <param name="Reason">What the broker answered.</param>
/// <param name="At">When it was quarantined.</param>
public sealed record QuarantinedEvent(long Sequence, string EventId, string Type, string Subject, string Reason, DateTimeOffset At);
