namespace Platform.Storage;

/// <summary>A stored raw bulletin that has no parsed bulletin document yet: what announcing it again needs, without its bytes.</summary>
/// <param name="Id">The bulletin id.</param>
/// <param name="SourceId">Source that delivered it.</param>
/// <param name="Sha256">SHA-256 of its normalized text.</param>
/// <param name="ReceivedAt">When fetch accepted it.</param>
public sealed record UnparsedBulletin(string Id, string SourceId, string Sha256, DateTimeOffset ReceivedAt);
