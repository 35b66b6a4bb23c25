namespace Platform.Storage;

/// <summary>An upstream source allowed to push bulletins (collection <c>sources</c>). Only the key's hash is stored.</summary>
/// <param name="Id">Source id (short name chosen by the operator).</param>
/// <param name="KeyHash">SHA-256 (hex) of the API key.</param>
/// <param name="KeyPrefix">First characters of the key, to tell keys apart in listings.</param>
/// <param name="CreatedAt">When the key was issued.</param>
/// <param name="RevokedAt">When the key was revoked, or null while active.</param>
public sealed record Source(string Id, string KeyHash, string KeyPrefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
