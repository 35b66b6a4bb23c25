namespace Platform.Formats;

/// <summary>
/// Bounds on what one document may cost to extract; a document over any of them is refused with a named problem
/// (<c>document-too-large</c> or <c>document-too-complex</c>), never half-read.
/// </summary>
/// <param name="MaxPages">Pages of a PDF.</param>
/// <param name="MaxTextChars">Characters of extracted text.</param>
/// <param name="MaxDecompressedBytes">Bytes after decompression: all streams of a PDF, all entries of a DOCX package.</param>
/// <param name="MaxHtmlDepth">Element nesting depth of an HTML page.</param>
/// <param name="Timeout">Wall-clock time of one extraction.</param>
public sealed record FormatLimits(
    int MaxPages = 500,
    int MaxTextChars = 4_000_000,
    long MaxDecompressedBytes = 200L * 1024 * 1024,
    int MaxHtmlDepth = 400,
    TimeSpan Timeout = default)
{
    /// <summary>The defaults: 500 pages, 4 million characters, 200 MiB decompressed, depth 400, 20 s.</summary>
    public static FormatLimits Default { get; } = new();

    /// <summary><see cref="Timeout"/>, or 20 s when left at its default.</summary>
    public TimeSpan EffectiveTimeout => Timeout > TimeSpan.Zero ? Timeout : TimeSpan.FromSeconds(20);
}
