using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>The <see cref="SourceSpan.Field"/> paths of indexed fields, made once for the common indexes (every article has them).</summary>
internal static class FieldPaths
{
    private const int Cached = 64;
    private static readonly string[] Paragraphs = Enumerable.Range(0, Cached).Select(SourceSpan.Paragraph).ToArray();
    private static readonly string[] Headings = Enumerable.Range(0, Cached).Select(SourceSpan.Heading).ToArray();
    private static readonly string[] Authors = Enumerable.Range(0, Cached).Select(SourceSpan.Author).ToArray();
    private static readonly string[] DiscardedRuns = Enumerable.Range(0, Cached).Select(SourceSpan.Discarded).ToArray();

    public static string Paragraph(int i) => i < Cached ? Paragraphs[i] : SourceSpan.Paragraph(i);

    public static string Heading(int i) => i < Cached ? Headings[i] : SourceSpan.Heading(i);

    public static string Author(int i) => i < Cached ? Authors[i] : SourceSpan.Author(i);

    public static string Discarded(int i) => i < Cached ? DiscardedRuns[i] : SourceSpan.Discarded(i);
}
