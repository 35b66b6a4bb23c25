using Platform.Contracts.Documents;

namespace Platform.Storage;

/// <summary>A bulletin exactly as received: bytes, decoded text and delivery metadata (collection <c>raw_bulletins</c>).</summary>
/// <param name="Id">Deterministic id: first 16 hex digits of <paramref name="Sha256"/>.</param>
/// <param name="SourceId">Source that delivered it.</param>
/// <param name="Sha256">The content key of the normalized text (SHA-256 hex of it with width folded and whitespace removed); unique.</param>
/// <param name="Bytes">The bytes as received.</param>
/// <param name="Text">The decoded, normalized text the parser reads.</param>
/// <param name="Encoding">The charset text and HTML were decoded from (utf-8, gb18030, utf-16le, big5…); null for PDF and DOCX.</param>
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
    string? Encoding,
    string? ContentType,
    string? SourceUrl,
    DateTimeOffset? PublishedAt,
    DateTimeOffset ReceivedAt,
    bool Announced)
{
    /// <summary>The format the bytes are in; the text was extracted from it.</summary>
    public BulletinFormat Format { get; init; }

    /// <summary>What extraction dropped or guessed; copied onto the parsed bulletin.</summary>
    public IReadOnlyList<string> ExtractionWarnings { get; init; } = [];

    /// <summary>The title the document declares (HTML &lt;title&gt;/og:title, PDF or DOCX properties), for the parser to weigh.</summary>
    public string? TitleHint { get; init; }

    /// <summary>Lines the document sets as headlines (large or bold PDF type, DOCX heading styles, HTML h1–h3), in reading order.</summary>
    public IReadOnlyList<string> HeadlineHints { get; init; } = [];
}
