namespace Platform.Contracts.Documents;

/// <summary>
/// Where a field of a document was printed: a stretch of the bulletin's normalized text (the text stored with the
/// raw bulletin, whose SHA-256 is the bulletin's <see cref="Bulletin.Sha256"/>). Recorded by the parser as it cuts
/// the field out of the page, never found again by searching.
/// </summary>
/// <remarks>
/// Join rule: a field printed on several lines (a wrapped title, a paragraph rejoined across column breaks, a byline
/// in two places) has one span over the lines when only whitespace lies between its pieces, and one span per piece
/// when other text (a discarded credit or marker, converter pinyin) lies between them. Cut out of the text in order
/// and concatenated, a field's spans equal the field once all whitespace is removed from both: joining lines drops
/// line breaks and indentation, title lines of Latin words are joined with one space, the byline's pieces are joined
/// with one space, and a name printed with an inner space (高 粮) is output without it.
/// </remarks>
/// <param name="Field">The field's path in its document as the JSON spells it: on an article <c>kicker</c>, <c>title</c>,
/// <c>subtitle</c>, <c>byline.raw</c>, <c>byline.authors[i]</c>, <c>headings[i].text</c>, <c>paragraphs[i]</c> (a photo's
/// caption; its credit is <c>byline.raw</c>); on a bulletin <c>discarded[i]</c>.</param>
/// <param name="Start">Offset of the first character in the normalized text, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units (it may cover line breaks the parser joined).</param>
public sealed record SourceSpan(string Field, int Start, int Length)
{
    /// <summary>The path of an author of the byline.</summary>
    public static string Author(int index) => $"byline.authors[{index}]";

    /// <summary>The path of an in-article heading's text.</summary>
    public static string Heading(int index) => $"headings[{index}].text";

    /// <summary>The path of a paragraph (a photo's caption).</summary>
    public static string Paragraph(int index) => $"paragraphs[{index}]";

    /// <summary>The path of a discarded run of a bulletin.</summary>
    public static string Discarded(int index) => $"discarded[{index}]";
}
