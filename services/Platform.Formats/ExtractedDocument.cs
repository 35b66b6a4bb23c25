using Platform.Contracts.Documents;

namespace Platform.Formats;

/// <summary>The page text of a bulletin in any format, as the parser reads it: masthead and headers first, body, footer.</summary>
/// <param name="Text">The normalized text (<see cref="Platform.Text.TextNormalizer"/>); paragraphs are separated by blank lines.</param>
/// <param name="Format">The detected format (<see cref="InputFormat.Text"/>, <see cref="InputFormat.Html"/>, <see cref="InputFormat.Pdf"/> or <see cref="InputFormat.Docx"/>).</param>
/// <param name="Encoding">The charset text and HTML were decoded from (utf-8, gb18030, utf-16le, utf-16be, big5); null for PDF and DOCX, which have none.</param>
/// <param name="Warnings">What extraction dropped or guessed (running headers removed, tables flattened…).</param>
/// <param name="Hints">Title, metadata, publication date and headline lines.</param>
public sealed record ExtractedDocument(string Text, InputFormat Format, string? Encoding, IReadOnlyList<string> Warnings, DocumentHints Hints)
{
    /// <summary>The cross-format duplicate key of <see cref="Text"/> (<see cref="Formats.ContentKey"/>).</summary>
    public string ContentKey => Formats.ContentKey.Of(Text);

    /// <summary>The bulletin's id and Sha256, from <see cref="ContentKey"/>: one bulletin in every format.</summary>
    public BulletinKey Key => BulletinKey.Of(Text);

    /// <summary>The format as the bulletin document names it.</summary>
    public BulletinFormat BulletinFormat => Format switch
    {
        InputFormat.Html => BulletinFormat.Html,
        InputFormat.Pdf => BulletinFormat.Pdf,
        InputFormat.Docx => BulletinFormat.Docx,
        _ => BulletinFormat.Text,
    };
}
