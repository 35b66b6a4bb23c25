namespace Platform.Publish;

/// <summary>Body of <c>POST /v1/replay</c>: which stored events to dispatch to the exchange again.</summary>
/// <param name="FromSequence">First sequence to replay (inclusive); give this or <paramref name="FromTime"/>.</param>
/// <param name="FromTime">Replay events appended at or after this time.</param>
/// <param name="ToSequence">Last sequence to replay (inclusive); the end of the log when null.</param>
/// <param name="Types">Only these event types (e.g. "article.published"); all when null or empty.</param>
/// <param name="Pattern">Only events whose routing key matches this AMQP topic pattern.</param>
public sealed record ReplayRequest(long? FromSequence = null, DateTimeOffset? FromTime = null, long? ToSequence = null, string[]? Types = null, string? Pattern = null);
