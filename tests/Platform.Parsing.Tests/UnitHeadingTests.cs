using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>Reports headed only by their unit's name (东湖街道 / 西山街道) under a page headline, and unit crossheads of one roundup.</summary>
public sealed class UnitHeadingTests
{
    private const string Reports =
        "东湖街道\n4月28日上午,东湖街道保泰楼社区开展了文明城市宣传活动,志愿者向居民发放宣传资料,讲解文明知识。\n\n" +
        "西山街道\n4月28日上午8点,西山街道联合师范学院大学生志愿者共100余人开展了志愿服务活动,清扫街巷。\n\n" +
        "南门路街道\n4月28日上午10点,南门路街道组织机关和社区党员干部共20余人在河北里社区开展志愿服务。\n";

    [Theory]
    [InlineData("青溪区开展“访千楼万家 建文明城市”宣传月\n暨“都来学雷锋 城市更文明”志愿服务活动\n")]
    [InlineData("青溪区开展文明城市宣传月活动\n")]
    public void Unit_names_under_a_page_headline_title_one_report_each(string headline)
    {
        var text = headline + Reports;
        var r = Parsing.Parse(text);
        Assert.Equal(["东湖街道", "西山街道", "南门路街道"], r.Articles.Select(a => a.Title));
        Assert.All(r.Articles, a => Assert.Single(a.Paragraphs));
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.CollectionHeading);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Unit_names_after_a_roundup_s_own_intro_are_its_sections()
    {
        var text = "今天,青溪的他们这样传承雷锋精神!\n青溪区 2022-03-05 10:35:38\n\n今天是学雷锋纪念日,在青溪的大街小巷,新时代的雷锋们走上街头。\n\n" +
            Reports.Replace("\n西山", "\n\n西山", StringComparison.Ordinal);
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(["东湖街道", "西山街道", "南门路街道"], a.Headings.Select(h => h.Text));
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("东湖街道", "西山街道", true)]
    [InlineData("东湖街道", "南门路街道", true)]
    [InlineData("白河镇", "东湖镇", true)]
    [InlineData("东湖街道", "白河镇", false)]
    [InlineData("东湖街道", "东湖街道", false)]
    [InlineData("街道", "东湖街道", false)]
    public void Unit_names_of_the_same_kind_are_siblings(string a, string b, bool expected) =>
        Assert.Equal(expected, UnitHeadings.AreSiblings(a, b));
}
