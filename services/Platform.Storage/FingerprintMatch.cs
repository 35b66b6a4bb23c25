namespace Platform.Storage;

/// <summary>A stored article whose SimHash fingerprint is close to a probe.</summary>
/// <param name="ArticleId">The stored article.</param>
/// <param name="Fingerprint">Its 64-bit fingerprint.</param>
public sealed record FingerprintMatch(string ArticleId, ulong Fingerprint);
