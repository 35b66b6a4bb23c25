namespace Platform.Storage.Mongo;

/// <summary>Where a raw bulletin's bytes and text are kept.</summary>
internal enum RawContentLocation
{
    /// <summary>In the raw_bulletins document itself.</summary>
    Inline,

    /// <summary>As two GridFS files the document references, so no accepted body meets the 16 MiB document limit.</summary>
    GridFs,
}

/// <summary>
/// Decides where a raw bulletin's content goes. A document holds the bytes and the decoded text, and the text
/// in UTF-8 can be half as large again as GB18030 bytes, so a 10 MiB push (the default
/// Platform:Fetch:MaxBodyBytes) needs up to 25 MiB: far over MongoDB's 16 MiB. Small bulletins, nearly all,
/// stay inline in one write; larger ones go to GridFS, which has no size limit, so the store accepts any body
/// the fetch limit (at most 1 GiB) lets through.
/// </summary>
internal static class RawContentPlacement
{
    /// <summary>Largest bytes + UTF-8 text kept inline: well under 16 MiB, leaving room for the metadata.</summary>
    public const long InlineLimitBytes = 4L * 1024 * 1024;

    public static RawContentLocation Decide(long byteCount, long textUtf8ByteCount) =>
        byteCount + textUtf8ByteCount <= InlineLimitBytes ? RawContentLocation.Inline : RawContentLocation.GridFs;
}
