using Platform.Evaluation;

namespace Platform.Parsing.Tests;

/// <summary>
/// Whole pages hard-wrapped as narrow-column OCR does it (every long body line cut into pieces of one width, blank
/// lines kept, headlines and furniture left whole) give the same items as the page itself. The pages are invented:
/// a news-site page (navigation, breadcrumb, meta line, dateline byline, editor in the last paragraph) and an
/// e-paper page (date and page header, kicker over a title, □ byline, a captioned photo credit).
/// </summary>
public sealed class WrappedPageTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in new[] { "web-page", "epaper-page" })
            for (var width = 16; width <= 30; width++)
                data.Add(page, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_wrapped_page_gives_the_same_items(string page, int width)
    {
        var text = Page(page);
        var wrapped = ColumnRewrap.Rewrap(text, width);
        Assert.NotEqual(text.ReplaceLineEndings("\n"), wrapped);
        Parsing.AssertSameItemsAndNoTextLoss(text, wrapped);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_wrapped_page_keeps_its_paragraphs(string page, int width)
    {
        var original = Parsing.Parse(Page(page)).Articles;
        var wrapped = Parsing.Parse(ColumnRewrap.Rewrap(Page(page), width)).Articles;
        Assert.Equal(original.Select(a => a.Paragraphs), wrapped.Select(a => a.Paragraphs));
    }

    [Theory]
    [InlineData("web-page", "article title=清河县志愿服务进社区 邻里互助暖人心 authors=[周明远,林晓燕]")]
    [InlineData("epaper-page", "article kicker=文明新风润乡村 title=平山县石桥镇把移风易俗写进村规民约 authors=[陈思源]")]
    public void The_unwrapped_page_parses_as_its_layout_says(string page, string expected)
    {
        var article = Assert.Single(Parsing.Parse(Page(page)).Articles);
        var kicker = article.Kicker is null ? "" : $"kicker={article.Kicker} ";
        Assert.Equal(expected, $"{article.Kind.ToString().ToLowerInvariant()} {kicker}title={article.Title} authors=[{string.Join(",", article.Byline.Authors)}]");
    }

    private static string Page(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "wrap", name + ".txt"));
}
