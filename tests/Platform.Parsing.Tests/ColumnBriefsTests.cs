using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>A column name over short unsigned reports: each report is an item, the name is no headline.</summary>
public sealed class ColumnBriefsTests
{
    private const string Reports =
        "白河村举办邻里节,村民自编自演小品快板,宣传文明新风。\n\n" +
        "近日,青溪乡组织党员志愿者清扫村道、修剪绿化带,村容焕然一新。\n\n" +
        "今年以来,城关镇开办道德讲堂十二场,听众达三千余人次。\n";

    [Theory]
    [InlineData("创城动态")]
    [InlineData("文明简讯")]
    [InlineData("工作快讯")]
    public void Column_name_over_short_reports_gives_one_untitled_item_per_report(string column)
    {
        var r = Parsing.Parse($"{column}\n刊发日期:2018-09-14 作者:本通\n\n{Reports}");
        Assert.Equal(3, r.Articles.Count);
        Assert.All(r.Articles, a => Assert.Null(a.Title));
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.ColumnHeading && d.Text == column);
    }

    [Theory]
    [InlineData("青溪县开展文明创建活动")]
    [InlineData("青溪县创城工作取得新动态")]
    public void Headline_over_several_paragraphs_stays_one_story(string headline)
    {
        var r = Parsing.Parse($"{headline}\n刊发日期:2018-09-14 作者:本通\n\n{Reports}");
        Assert.Equal(headline, r.Articles.Single().Title);
    }
}
