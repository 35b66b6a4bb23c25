namespace Platform.Parsing.Tests;

/// <summary>
/// Pages with no article (furniture only, navigation only, a list of other pages' headlines) give no items and a warning
/// naming what the page held, so the parse service rejects them; nothing of their text is lost.
/// </summary>
public sealed class UnusablePageTests
{
    public const string ChromeOnly = """
        首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流
        当前位置:首页 > 新闻中心
        字号:[大 中 小] 打印 关闭
        分享到:微信 微博 QQ空间
        版权所有:某某市精神文明建设委员会办公室 京ICP备12345678号-1
        """;

    public const string NavigationOnly = """
        首页
        新闻中心
        文明创建
        志愿服务
        联系我们
        上一篇:我市召开文明城市创建推进会
        下一篇:志愿服务进社区活动启动
        """;

    public const string HeadlineList = """
        我市召开文明城市创建推进会
        海淀区开展文明交通志愿服务活动
        朝阳区举办道德讲堂
        西城区开展垃圾分类宣传
        东城区评选表彰文明家庭
        """;

    private const string HeadlineListWithGaps = """
        我市召开文明城市创建推进会

        海淀区开展文明交通志愿服务活动

        朝阳区举办道德讲堂
        """;

    private const string HeadlineListUnderBreadcrumb = """
        当前位置:首页 > 要闻
        ·我市召开文明城市创建推进会 2024-05-12
        ·海淀区开展文明交通志愿服务活动 2024-05-11
        ·朝阳区举办道德讲堂 2024-05-10
        共3条 第1页 上一页 下一页
        """;

    public static TheoryData<string, string> Pages() => new()
    {
        { "chrome only", ChromeOnly },
        { "navigation with no article", NavigationOnly },
        { "a bare headline list", HeadlineList },
        { "headlines set apart by blank lines", HeadlineListWithGaps },
        { "a headline list under a breadcrumb", HeadlineListUnderBreadcrumb },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_without_an_article_gives_no_items_and_a_warning(string page, string text)
    {
        Assert.NotNull(page);
        var result = Parsing.Parse(text);
        Assert.Empty(result.Articles);
        Assert.Contains(result.Bulletin.Warnings, w => w.Contains("navigation, headline lists or other page furniture", StringComparison.Ordinal));
        Assert.NotNull(result.RejectReason);
        Parsing.AssertNoTextLoss(text, result);
    }

    [Fact]
    public void A_headline_with_its_story_under_the_same_list_is_still_an_article()
    {
        var result = Parsing.Parse(HeadlineList + "\n近日，东城区召开文明家庭表彰大会，对评选出的十户文明家庭进行表彰，号召全区家庭向先进学习。\n");
        var article = Assert.Single(result.Articles);
        Assert.NotNull(article.Title);
        Assert.NotEmpty(article.Paragraphs);
    }
}
