namespace Platform.Contracts.Messages;

/// <summary>A stored bulletin could not be turned into articles; it is kept, marked rejected, never silently dropped.</summary>
/// <param name="BulletinId">Id of the rejected bulletin.</param>
/// <param name="Reason">Human-readable reason, e.g. "no recognisable text (binary data)".</param>
public sealed record BulletinRejected(string BulletinId, string Reason);
