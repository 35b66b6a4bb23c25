using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>A page's one headlined photo news followed by unsigned paragraphs the site added about its subject.</summary>
public sealed class PhotoNewsTailTests
{
    private const string Photo = "“飞檐走壁”清枯枝\n\n2024-05-06 16:55:00\n\n" +
        "2024年5月6日,青溪县明水街道白河巷,65岁志愿者林某在墙上将缠在线路间的枯枝剪断。当天,社区组织志愿者清理枯树。(白露 摄影报道)\n\n";

    [Theory]
    [InlineData("这是创建文明城市的镜头。\n\n文明城市是反映城市整体文明水平的综合性荣誉称号。\n")]
    [InlineData("这是志愿服务的一个缩影。\n")]
    public void Unsigned_untitled_text_under_the_photo_news_is_the_photo_s(string tail)
    {
        var page = Photo + tail;
        var r = Parsing.Parse(page);
        var a = r.Articles.Single();
        Assert.Equal((ArticleKind.Photo, "“飞檐走壁”清枯枝"), (a.Kind, a.Title));
        Assert.Equal(["白露"], a.Byline.Authors);
        Parsing.AssertNoTextLoss(page, r);
    }

    [Fact]
    public void Signed_text_under_the_photo_news_stays_an_item()
    {
        var r = Parsing.Parse(Photo + "这是创建文明城市的镜头。文明城市是反映城市整体文明水平的综合性荣誉称号。(林舟)\n");
        Assert.Equal(2, r.Articles.Count);
        Assert.Equal(["林舟"], r.Articles[1].Byline.Authors);
    }
}
