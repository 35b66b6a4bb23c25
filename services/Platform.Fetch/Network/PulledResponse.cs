namespace Platform.Fetch.Network;

/// <summary>
/// The outcome of one pulled GET. <see cref="NotModified"/> means the conditional request matched (304) and
/// <see cref="Body"/> is empty; <see cref="ETag"/> and <see cref="LastModified"/> are kept verbatim to send back.
/// </summary>
public sealed record PulledResponse(bool NotModified, byte[] Body, string? ContentType, string? ETag, string? LastModified, Uri FinalUrl);
