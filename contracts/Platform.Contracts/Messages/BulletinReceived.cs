namespace Platform.Contracts.Messages;

/// <summary>A bulletin's raw bytes and decoded text were stored by the fetch stage and await parsing.</summary>
/// <param name="BulletinId">Deterministic id of the bulletin: the first 16 hex digits of <paramref name="Sha256"/>.</param>
/// <param name="SourceId">Id of the source (feed or API key owner) that delivered the bulletin.</param>
/// <param name="Sha256">The content key (hex SHA-256 of the normalized text without whitespace, width folded); the deduplication key across formats.</param>
/// <param name="ReceivedAt">When the fetch stage accepted the bulletin.</param>
public sealed record BulletinReceived(string BulletinId, string SourceId, string Sha256, DateTimeOffset ReceivedAt);
