namespace Platform.Publish.Tests;

/// <summary>
/// Through the embedded pipeline, a page with no article (furniture only, navigation only, a bare list of headlines) is
/// kept, rejected as unusable with the parser's warning and announced as bulletin.rejected; no item of it is published.
/// </summary>
public sealed class UnusablePageTests : EmbeddedPipelineTest
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "chrome only", "首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流\n当前位置:首页 > 新闻中心\n字号:[大 中 小] 打印 关闭\n分享到:微信 微博 QQ空间\n版权所有:某某市文明办 京ICP备12345678号-1\n" },
        { "navigation with no article", "首页\n新闻中心\n文明创建\n志愿服务\n联系我们\n上一篇:我市召开文明城市创建推进会\n下一篇:志愿服务进社区活动启动\n" },
        { "a bare headline list", "我市召开文明城市创建推进会\n海淀区开展文明交通志愿服务活动\n朝阳区举办道德讲堂\n西城区开展垃圾分类宣传\n东城区评选表彰文明家庭\n" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_without_an_article_is_rejected_and_publishes_no_item(string page, string text)
    {
        Assert.NotNull(page);
        var id = await Host.IngestAsync(text);
        var bulletin = await Host.WaitForBulletinAsync(id, PipelineStatus.Rejected);
        Assert.Contains("no articles found", bulletin.RejectReason, StringComparison.Ordinal);
        Assert.Contains("page furniture", bulletin.RejectReason, StringComparison.Ordinal);
        Assert.Empty(bulletin.ArticleIds);
        Assert.NotEmpty(bulletin.Discarded);
        await Host.WaitForEventAsync(e => e.Type == "bulletin.rejected" && e.Subject == id, "bulletin.rejected");
        Assert.Null(await Host.Store.Articles.GetAsync(Article.MakeId(id, 1)));
        Assert.DoesNotContain(await Host.Store.Events.ReadAsync(0, 10_000), e => e.Type.StartsWith("article.", StringComparison.Ordinal));
        Assert.NotNull(await Host.Store.RawBulletins.GetAsync(id));
    }
}
