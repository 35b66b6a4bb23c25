namespace Platform.Publish;

/// <summary><c>POST /v1/replay</c> accepted: the selected events are back in the outbox.</summary>
/// <param name="Replayed">How many stored events were marked for dispatch again.</param>
public sealed record ReplayAccepted(long Replayed);
