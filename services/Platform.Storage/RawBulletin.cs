namespace Platform.Storage;

/// <summary>A bulletin exactly as received: bytes, decoded text and delivery metadata (collection <c>raw_bulletins</c>).</summary>
/// <param name="Id">Deterministic id: first 16 hex digits of <paramref name="Sha256"/>.</param>
/// <param name="SourceId">Source that delivered it.</param>
/// <param name="Sha256">SHA-256 (hex) of the normalized text; unique.</param>
/// <param name="Bytes">The bytes as received.</param>
/// <param name="Text">The decoded, normalized text the parser reads.</param>
/// <param name="Encoding">Detected encoding (utf-8, gb18030, utf-16le, big5…).</param>
/// <param name="ContentType">Content type as delivered, or null.</param>
/// <param name="SourceUrl">Where the bulletin came from (X-Source-Url or feed item link), or null.</param>
/// <param name="PublishedAt">Publication time claimed by the upstream, or null.</param>
/// <param name="ReceivedAt">When fetch accepted it.</param>
/// <param name="Announced">Whether <c>BulletinReceived</c> was published for it; unannounced ones are re-announced at start-up.</param>
public sealed record RawBulletin(
    string Id,
    string SourceId,
    string Sha256,
    byte[] Bytes,
    string Text,
    string Encoding,
    string? ContentType,
    string? SourceUrl,
    DateTimeOffset? PublishedAt,
    DateTimeOffset ReceivedAt,
    bool Announced);
