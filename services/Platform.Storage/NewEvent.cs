namespace Platform.Storage;

/// <summary>A public event to append to the <c>events</c> collection.</summary>
/// <param name="DedupKey">Idempotency key: appending the same key twice returns the first event (redelivered messages change nothing).</param>
/// <param name="Type">Event type, e.g. "article.published".</param>
/// <param name="Subject">Article or bulletin id.</param>
/// <param name="RoutingKey">AMQP routing key.</param>
/// <param name="DataJson">JSON payload.</param>
/// <param name="DataRef">Where the full document is when <paramref name="DataJson"/> is truncated (CloudEvents <c>dataref</c>), else null.</param>
public sealed record NewEvent(string DedupKey, string Type, string Subject, string RoutingKey, string DataJson, string? DataRef = null);
