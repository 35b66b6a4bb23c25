namespace Platform.Parsing;

/// <summary>
/// What a document's layout said about its headlines before it became plain text: the title it declares and the lines it
/// sets as headlines (large or bold type in a PDF, heading styles in a DOCX, h1–h3 on a web page). Plain text has none.
/// </summary>
public sealed record HeadlineHints(string? Title, IReadOnlyList<string> Headlines)
{
    public static HeadlineHints None { get; } = new(null, []);
}
