using Platform.OperatorConsole.Highlighting;

namespace Platform.Console.Tests.Highlighting;

public sealed class HighlightSegmentsTests
{
    private static string Describe(IReadOnlyList<TextSegment<string>> segments) =>
        string.Join("|", segments.Select(s => s.Range is null ? s.Text : $"{s.Text}<{s.Range.Tag}>"));

    public static TheoryData<string, (int Offset, int Length, string Tag)[], string> Cases => new()
    {
        { "abcdef", [], "abcdef" },
        { "abcdef", [(1, 2, "x")], "a|bc<x>|def" },
        { "abcdef", [(0, 6, "all")], "abcdef<all>" },
        // The shorter (more specific) highlight wins where two overlap; the longer resumes after it.
        { "abcdef", [(0, 6, "para"), (2, 2, "byline")], "ab<para>|cd<byline>|ef<para>" },
        { "abcdef", [(0, 3, "a"), (3, 3, "b")], "abc<a>|def<b>" },
        // Ranges outside the text or empty are ignored rather than throwing.
        { "abc", [(2, 5, "out"), (1, 0, "empty"), (-1, 1, "neg")], "abc" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_text_at_every_boundary_with_the_innermost_highlight(string text, (int Offset, int Length, string Tag)[] ranges, string expected)
    {
        var segments = HighlightSegments.Split(text, ranges.Select(r => new HighlightRange<string>(r.Offset, r.Length, r.Tag)));
        Assert.Equal(expected, Describe(segments));
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
    }
}
