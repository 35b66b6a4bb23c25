using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>The page's title left over from its HTML head (标题 - 栏目 - 站名" />) opening the text is the story's headline.</summary>
public sealed class MetaTagTitleTests
{
    private const string Body = "为深入推进文明城市创建工作,10月19日,青溪县委宣传部干部职工深入包保社区开展卫生清洁、文明劝导等志愿服务活动。\n" +
                                "活动中,大家热情高涨,对路段绿化带的垃圾、烟头及时进行清理,并对来往行人进行文明劝导。\n";

    [Theory]
    [InlineData("——青溪县委宣传部深入社区开展创文活动 - 县区动态 - 某某市委宣传部,某某宣传部\" /> ——青溪县委宣传部深入社区开展创文活动 - 县区动态 - 某某市委宣传部\" />")]
    [InlineData("青溪县委宣传部深入社区开展创文活动 - 某某网\"/>")]
    public void Title_left_from_the_html_head_opening_the_page_is_the_headline(string first)
    {
        var text = first + "\n" + Body;
        var r = Parsing.Parse(text);
        Assert.Equal("青溪县委宣传部深入社区开展创文活动", r.Articles.Single().Title);
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.Markup);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("青溪县委宣传部深入社区开展创文活动 - 县区动态")]                     // no tag end: a headline with its channel
    [InlineData("他说:“文明 - 从我做起” />")]                                          // no headline before the dash
    public void Line_without_a_title_tag_is_left_to_the_other_rules(string first)
    {
        Assert.False(MetaTagTitle.TryFind(first, out _, out _));
    }
}
