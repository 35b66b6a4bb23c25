using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>The border of a table cell the page was copied from, closing a paragraph's line, is set aside as stray.</summary>
public sealed class TableCellBorderTests
{
    [Theory]
    [InlineData("。(青溪区委文明办 林小禾) |", "青溪区委文明办", "林小禾")]
    [InlineData("。(青溪区委文明办 林小禾) ||", "青溪区委文明办", "林小禾")]
    [InlineData("。(青溪区委文明办)\u3000｜", "青溪区委文明办", "")]
    public void Bar_after_the_closing_byline_leaves_the_byline_whole(string ending, string unit, string authors)
    {
        var text = "青溪区召开联席会推进创文工作\n\n近日,青溪区召开联席会,全区二十六家责任单位参加,部署下一阶段创文任务" + ending + "\n";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal((unit, authors), (a.Byline.Organization, string.Join(" ", a.Byline.Authors)));
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.Stray && d.Text.Trim().Trim('|', '｜').Length == 0);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("首页 | 新闻 |", "首页 | 新闻 |")]               // a menu's bars after words stay for the furniture rules
    [InlineData("志愿服务 | 文明实践", "志愿服务 | 文明实践")]       // a bar inside the line stays
    [InlineData("活动圆满结束。 |\n下一段", "活动圆满结束。\n下一段")]
    public void Only_a_bar_closing_a_line_after_a_closed_sentence_goes(string text, string cleaned) =>
        Assert.Equal(cleaned, PageTextCleaner.Clean(text).Text);
}
