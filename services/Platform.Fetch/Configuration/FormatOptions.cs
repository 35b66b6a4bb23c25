using Platform.Formats;
using Platform.Hosting.Configuration;

namespace Platform.Fetch.Configuration;

/// <summary>
/// Section <c>Platform:Formats</c> (env <c>Platform__Formats__*</c>): the bounds on extracting one document (<see cref="FormatLimits"/>),
/// for every path in (push, feeds, drop folder) and for <c>platform process</c> and <c>eval</c>.
/// </summary>
public sealed class FormatOptions : ISettingsSection
{
    public static string Section => "Platform:Formats";

    /// <summary>Most pages of a PDF; more is <c>document-too-large</c>.</summary>
    public int MaxPages { get; set; } = FormatLimits.Default.MaxPages;
    /// <summary>Most characters of extracted text; more is <c>document-too-large</c>.</summary>
    public int MaxTextChars { get; set; } = FormatLimits.Default.MaxTextChars;
    /// <summary>Most bytes after decompression (all PDF streams, all DOCX parts), counted before they are inflated.</summary>
    public long MaxDecompressedBytes { get; set; } = FormatLimits.Default.MaxDecompressedBytes;
    /// <summary>Deepest element nesting of an HTML page; deeper is <c>document-too-complex</c>.</summary>
    public int MaxHtmlDepth { get; set; } = FormatLimits.Default.MaxHtmlDepth;
    /// <summary>Most elements of an HTML page, counted before any DOM is built; more is <c>document-too-complex</c>.</summary>
    public int MaxHtmlElements { get; set; } = FormatLimits.Default.MaxHtmlElements;
    /// <summary>Longest one extraction may take; the work stops there and the document is <c>document-too-complex</c>.</summary>
    public TimeSpan Timeout { get; set; } = FormatLimits.Default.EffectiveTimeout;

    public FormatLimits ToLimits() => new(MaxPages, MaxTextChars, MaxDecompressedBytes, MaxHtmlDepth, Timeout, MaxHtmlElements);
}
