namespace Platform.Contracts.Events;

/// <summary>A public event as stored in the <c>events</c> collection (the outbox and replay source) and sent as a CloudEvent.</summary>
/// <param name="Sequence">Monotonic sequence number assigned when the event was appended; consumers page with it.</param>
/// <param name="Id">CloudEvents <c>id</c>: unique per event; consumers deduplicate on it.</param>
/// <param name="Type">CloudEvents <c>type</c> without prefix: "article.published", "article.updated", "bulletin.published" or "bulletin.rejected".</param>
/// <param name="Subject">CloudEvents <c>subject</c>: the article or bulletin id.</param>
/// <param name="RoutingKey">AMQP routing key, e.g. "article.published.43.civilized-city".</param>
/// <param name="Time">When the event was appended.</param>
/// <param name="DataJson">The JSON payload: the article document or the bulletin summary.</param>
/// <param name="Dispatched">Whether the event has left the outbox: confirmed by the broker, or quarantined because the broker refused it (always false without a broker).</param>
/// <param name="DataRef">
/// CloudEvents <c>dataref</c>: where the full document is (the query API), set only when the document was over the
/// configured event size and <paramref name="DataJson"/> carries it truncated; null otherwise.
/// </param>
public sealed record PublicEvent(
    long Sequence,
    string Id,
    string Type,
    string Subject,
    string RoutingKey,
    DateTimeOffset Time,
    string DataJson,
    bool Dispatched,
    string? DataRef = null);
