using System.Text;
using Platform.Testing.Documents;

namespace Platform.Formats.Tests.Html;

public sealed class HtmlPageTests
{
    [Fact]
    public void Seed_002_inside_site_chrome_gives_no_junk_item_and_no_chrome_text()
    {
        var text = SeedTexts.Read("002");
        var html = BulletinHtml.Write(BulletinItem.Blocks(text));
        var (document, problem) = DocumentExtractor.Extract(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");
        Assert.Null(problem);
        Assert.Equal(BulletinItem.Of(text).Count, BulletinItem.Of(document!.Text).Count);
        foreach (var chrome in new[] { "当前位置", "相关链接", "热点推荐", "分享到", "版权所有", "上一篇", "文明动态", "字号" })
        {
            Assert.DoesNotContain(chrome, document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Title_og_properties_publication_date_and_headings_become_hints()
    {
        var html = BulletinHtml.Write(BulletinItem.Blocks(SeedTexts.Read("002")), pageTitle: "首都精神文明建设情况简报 第19期");
        var (document, _) = DocumentExtractor.Extract(Encoding.UTF8.GetBytes(html), "text/html");
        var hints = document!.Hints;
        Assert.Equal("首都精神文明建设情况简报 第19期", hints.Title);
        Assert.Equal("首都文明网", hints.Metadata["og:site_name"]);
        Assert.Equal(new DateTimeOffset(2020, 4, 29, 0, 0, 0, TimeSpan.Zero), hints.PublishedAt);
        Assert.Contains("海淀区新时代文明实践中心高举旗帜 发动群众共同抗疫", hints.Headlines);
        Assert.Equal(InputFormat.Html, document.Format);
    }

    [Fact]
    public void Bare_fragment_without_main_content_falls_back_to_the_body()
    {
        var (document, problem) = DocumentExtractor.Extract(Encoding.UTF8.GetBytes("<nav>首页</nav><div>海淀区文明办</div>"), "text/html");
        Assert.Null(problem);
        Assert.Equal("海淀区文明办", document!.Text);
    }
}
