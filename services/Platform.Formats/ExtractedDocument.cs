namespace Platform.Formats;

/// <summary>The page text of a bulletin in any format, as the parser reads it: masthead and headers first, body, footer.</summary>
/// <param name="Text">The normalized text (<see cref="Platform.Text.TextNormalizer"/>); paragraphs are separated by blank lines.</param>
/// <param name="Format">The detected format (<see cref="InputFormat.Text"/>, <see cref="InputFormat.Html"/>, <see cref="InputFormat.Pdf"/> or <see cref="InputFormat.Docx"/>).</param>
/// <param name="Encoding">The charset of text and HTML (utf-8, gb18030, utf-16le, utf-16be, big5); for PDF and DOCX the format's name ("pdf", "docx").</param>
/// <param name="Warnings">What extraction dropped or guessed (running headers removed, tables flattened…).</param>
/// <param name="Hints">Title, metadata, publication date and headline lines.</param>
public sealed record ExtractedDocument(string Text, InputFormat Format, string Encoding, IReadOnlyList<string> Warnings, DocumentHints Hints)
{
    /// <summary>The cross-format duplicate key of <see cref="Text"/> (<see cref="Formats.ContentKey"/>).</summary>
    public string ContentKey => Formats.ContentKey.Of(Text);
}
