namespace Platform.Parsing.Tests;

/// <summary>A web page's headline and summary, one credited picture, then the story proper with its dateline lead: one story.</summary>
public sealed class SummaryOverPictureTests
{
    private const string Nav = "首页|新闻|青溪|白河\n您所在的位置: 青溪网 > 本网原创 > 正文\n\n";
    private const string Meta = "2019-01-23 18:05  来源:青溪网  责任编辑:宋远山\n";
    private const string Caption = "青溪县新媒体志愿者走进城北社区养老服务中心。 青溪网记者孙立 摄";

    // Headline, meta line and summary, the credited picture, then the story (if any) and its closing paragraph.
    private static string Page(string caption, string story) =>
        Nav + "青溪县新媒体志愿者队成立\n\n" + Meta + "1月23日,青溪县新媒体志愿者队在城北社区成立,志愿者当天走访了养老服务中心。\n\n" +
        caption + "\n\n" + story + "青溪县现有60岁以上老年人口1.3万人,养老服务需求日益增长。";

    [Theory]
    [InlineData("青溪网1月23日讯(本网记者 孙立)", new[] { "孙立" })]
    [InlineData("本报讯(记者 孙立 钱多多)", new[] { "孙立", "钱多多" })]
    public void Summary_picture_and_dated_story_are_one_story(string lead, string[] authors)
    {
        var page = Page(Caption, lead + "1月23日,青溪县新媒体志愿者队在城北社区成立,志愿者当天走访了养老服务中心。\n\n");
        var a = Parsing.Parse(page).Articles.Single();
        Assert.Equal("青溪县新媒体志愿者队成立", a.Title);
        Assert.Equal(authors, a.Byline.Authors);
        Assert.Equal(4, a.Paragraphs.Count);
    }

    [Fact]
    public void Long_caption_between_summary_and_dated_story_is_the_story_picture()
    {
        var page = Page("青溪县第十三期新媒体沙龙暨新媒体志愿者社区行活动走进青溪县城北街道居家社区养老服务照料中心。 青溪网记者孙立 摄",
            "青溪网1月23日讯(本网记者 孙立)当天,新媒体代表共同宣读志愿者宣言,并为老人拍摄创意照片。\n\n");
        var a = Parsing.Parse(page).Articles.Single();
        Assert.Equal(["孙立"], a.Byline.Authors);
        Assert.Equal(4, a.Paragraphs.Count);
    }

    [Fact]
    public void Picture_before_a_story_without_dateline_is_left_alone()
    {
        var page = Page(Caption, "");
        var items = Parsing.Parse(page).Articles;
        Assert.Equal("青溪县新媒体志愿者队成立", items[0].Title);
        Assert.Empty(items[0].Byline.Authors);
    }
}
