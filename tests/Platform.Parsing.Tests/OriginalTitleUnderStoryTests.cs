using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>A repost without a headline that keeps the story's headline only as its 原标题: field.</summary>
public sealed class OriginalTitleUnderStoryTests
{
    private const string Story = "本报讯 (记者 林舟 通讯员 白露) 5月6日,青溪县在城区各街道开展“清洁家园”集中行动。\n" +
        "据了解,此次行动覆盖全县十二个社区,共清理卫生死角三百余处。\n";

    [Theory]
    [InlineData("作者:林舟 通讯员:白露\n" + Story + "原标题:“清洁家园”让县城换新颜\n值班主任:柳青\n", "“清洁家园”让县城换新颜")]
    [InlineData(Story + "原题: 青溪县城区开展清洁家园行动\n", "青溪县城区开展清洁家园行动")]
    [InlineData(Story + "原標題:“清潔家園”讓縣城換新顏\n", "“清潔家園”讓縣城換新顏")]
    public void Original_title_field_names_the_untitled_story(string page, string title)
    {
        var r = Parsing.Parse(page);
        var a = r.Articles.Single();
        Assert.Equal(title, a.Title);
        Assert.Equal(["林舟", "白露"], a.Byline.Authors);
        Parsing.AssertNoTextLoss(page, r);
    }

    [Fact]
    public void Original_title_under_a_headlined_story_stays_meta()
    {
        var page = "青溪县开展清洁家园行动\n发布时间:2024-05-06 来源:青溪网\n" + Story + "原标题:“清洁家园”让县城换新颜\n";
        var r = Parsing.Parse(page);
        Assert.Equal("青溪县开展清洁家园行动", r.Articles.Single().Title);
        Assert.Contains(r.Bulletin.Discarded, d => d.Text == "原标题:“清洁家园”让县城换新颜" && d.Reason == DiscardReasons.PageMeta);
    }
}
