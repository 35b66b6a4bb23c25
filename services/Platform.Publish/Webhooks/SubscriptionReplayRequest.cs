namespace Platform.Publish.Webhooks;

/// <summary>Body of <c>POST /v1/subscriptions/{id}/replay</c>.</summary>
/// <param name="FromSequence">Deliver again from this sequence (inclusive, at least 1).</param>
public sealed record SubscriptionReplayRequest(long? FromSequence);
