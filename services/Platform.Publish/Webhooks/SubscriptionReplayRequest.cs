namespace Platform.Publish.Webhooks;

/// <summary>Body of <c>POST /v1/subscriptions/{id}/replay</c>: deliver again from this sequence (inclusive).</summary>
public sealed record SubscriptionReplayRequest(long? FromSequence);
