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
/// <param name="MaxHtmlElements">Elements of an HTML page (start tags, counted before any DOM is built).</param>
public sealed record FormatLimits(
    int MaxPages = 500,
    int MaxTextChars = 4_000_000,
    long MaxDecompressedBytes = 200L * 1024 * 1024,
    int MaxHtmlDepth = 400,
    TimeSpan Timeout = default,
    int MaxHtmlElements = 50_000)
{
    /// <summary>The defaults: 500 pages, 4 million characters, 200 MiB decompressed, depth 400, 20 s, 50,000 HTML elements.</summary>
    public static FormatLimits Default { get; } = new();

    /// <summary>
    /// The most a page's elements may nest in total (the sum of every element's squared depth): 400 per allowed element
    /// (a depth of 20 each, where real pages average 10-15) plus one chain down to <see cref="MaxHtmlDepth"/>, so a page
    /// thousands of elements deep is refused before Readability walks it.
    /// </summary>
    public long MaxHtmlNesting => (MaxHtmlElements * 400L) + ((long)MaxHtmlDepth * MaxHtmlDepth * MaxHtmlDepth / 3);

    /// <summary><see cref="Timeout"/>, or 20 s when left at its default.</summary>
    public TimeSpan EffectiveTimeout => Timeout > TimeSpan.Zero ? Timeout : TimeSpan.FromSeconds(20);
}
