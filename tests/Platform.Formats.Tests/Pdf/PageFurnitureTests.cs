using Platform.Formats.Pdf;

namespace Platform.Formats.Tests.Pdf;

public sealed class PageFurnitureTests
{
    [Theory]
    [InlineData("- 3 -", true)]
    [InlineData("— 12 —", true)]
    [InlineData("第 3 页", true)]
    [InlineData("第3页 共12页", true)]
    [InlineData("3/12", true)]
    [InlineData("7", true)]
    [InlineData("2020 年 4 月 29 日", false)]
    [InlineData("第 19 期", false)]
    [InlineData("(总第 2128 期)", false)]
    public void Page_numbers_are_told_from_issue_numbers_and_dates(string line, bool pageNumber) =>
        Assert.Equal(pageNumber, PageFurniture.IsPageNumber(line));

    [Fact]
    public void Running_heads_are_removed_after_the_first_page_and_page_numbers_everywhere()
    {
        static PdfLine Line(string text, double top) => new(text, new Box(56, top - 10, 300, top), 10.5, false);
        var pages = Enumerable.Range(1, 3).Select(p => (Height: 842.0, Blocks: new List<List<PdfLine>>
        {
            new() { Line("精神文明建设简报", 815) },
            new() { Line($"正文第{p}段", 700) },
            new() { Line($"- {p} -", 40) },
        })).ToList();
        var removed = PageFurniture.Remove(pages, bodySize: 10.5);
        Assert.Equal(5, removed);
        Assert.Equal(["精神文明建设简报", "正文第1段"], pages[0].Blocks.SelectMany(b => b).Select(l => l.Text));
        Assert.Equal(["正文第2段"], pages[1].Blocks.SelectMany(b => b).Select(l => l.Text));
    }
}
