namespace Platform.Evaluation.Tests;

public sealed class ColumnRewrapTests
{
    public static TheoryData<string, int, string> Cases() => new()
    {
        // A body line longer than width + 8 with clause punctuation is cut into pieces of exactly the width.
        { "一二三四五六七八九十，一二三四五六七八九十。", 6, "一二三四五六\n七八九十，一\n二三四五六七\n八九十。" },
        // Leading indentation counts: OCR keeps it as part of the column's first line.
        { "  一二三四五六七八九十,一二三四五六七八九十", 8, "  一二三四五六\n七八九十,一二三\n四五六七八九十" },
        // Up to width + 8 characters the line stays whole.
        { "一二三四五六七八，九十一二", 6, "一二三四五六七八，九十一二" },
        // Without clause punctuation (a headline, a menu) the line stays whole however long.
        { "一二三四五六七八九十一二三四五六七八九十", 6, "一二三四五六七八九十一二三四五六七八九十" },
        // Blank lines stay where they were and line ends become \n.
        { "标题\r\n\r\n一二三四五六七八九十一二三四五。", 4, "标题\n\n一二三四\n五六七八\n九十一二\n三四五。" },
        // A character outside the BMP counts once and is never split.
        { "𠀀一二三四五六七八九十一二三四五。", 5, "𠀀一二三四\n五六七八九\n十一二三四\n五。" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cuts_long_body_lines_into_pieces_of_the_column_width(string text, int width, string expected) =>
        Assert.Equal(expected, ColumnRewrap.Rewrap(text, width));

    [Fact]
    public void A_documents_width_is_reproducible_and_inside_the_range()
    {
        var widths = new RewrapWidths(16, 30);
        var names = Enumerable.Range(1, 200).Select(i => $"doc-{i}").ToArray();
        var first = names.Select(n => ColumnRewrap.WidthFor(n, widths, seed: 7)).ToArray();
        Assert.Equal(first, names.Select(n => ColumnRewrap.WidthFor(n, widths, seed: 7)));
        Assert.All(first, w => Assert.InRange(w, 16, 30));
        Assert.True(first.Distinct().Count() > 10, "widths should spread over the range");
        Assert.NotEqual(first, names.Select(n => ColumnRewrap.WidthFor(n, widths, seed: 8)));
    }

    [Theory]
    [InlineData("16-30", 16, 30)]
    [InlineData("20", 20, 20)]
    [InlineData("12-12", 12, 12)]
    public void Reads_a_width_range(string text, int min, int max)
    {
        Assert.True(RewrapWidths.TryParse(text, out var widths, out var error), error);
        Assert.Equal(new RewrapWidths(min, max), widths);
    }

    [Theory]
    [InlineData("")]
    [InlineData("30-16")]
    [InlineData("2-30")]
    [InlineData("a-b")]
    [InlineData("16-20-30")]
    [InlineData("-5")]
    public void Rejects_an_unusable_width_range(string text)
    {
        Assert.False(RewrapWidths.TryParse(text, out _, out var error));
        Assert.Contains("--rewrap", error);
    }
}
