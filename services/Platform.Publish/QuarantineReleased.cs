namespace Platform.Publish;

/// <summary><c>POST /v1/admin/quarantine/{sequence}/release</c> accepted: the event is back in the outbox.</summary>
/// <param name="Sequence">The released event's sequence.</param>
public sealed record QuarantineReleased(long Sequence);
