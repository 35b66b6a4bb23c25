using Platform.Enrichment.Figures;

namespace Platform.Enrichment.Tests;

public sealed class FigureExtractorTests
{
    [Theory]
    [InlineData("组织全区2600余名机关干部联系", "2600余名", 2600, "名", "机关干部", "over")]
    [InlineData("联系121个村和社区", "121个", 121, "个", "村", null)]
    [InlineData("收获近千斤蔬菜", "近千斤", 1000, "斤", "蔬菜", "nearly")]
    [InlineData("捐赠千余只口罩", "千余只", 1000, "只", "口罩", "over")]
    [InlineData("服务1.2万余人次", "1.2万余人次", 12000, "人次", null, "over")]
    [InlineData("累计投入资金1300多万元,已完成", "1300多万元", 13000000, "元", null, "over")]
    [InlineData("贫困发生率已下降至1.9%。", "1.9%", 1.9, "%", null, null)]
    [InlineData("覆盖率达到百分之三十。", "百分之三十", 30, "%", null, null)]
    [InlineData("袁亮坤两次到长沙血液中心", "两次", 2, "次", null, null)]
    [InlineData("约50人参加会议", "约50人", 50, "人", null, "about")]
    [InlineData("成立520个临时党支部,配合", "520个", 520, "个", "临时党支部", null)]
    [InlineData("捐款捐物 1200 余万元支援", "1200 余万元", 12000000, "元", null, "over")]
    public void Extracts_value_unit_noun_and_qualifier(string text, string printed, double value, string unit, string? noun, string? qualifier)
    {
        var figure = Assert.Single(FigureExtractor.Extract(text));

        Assert.Equal(printed, figure.Text);
        Assert.Equal(value, figure.Value, 6);
        Assert.Equal(unit, figure.Unit);
        if (noun is not null) Assert.Equal(noun, figure.Noun);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), figure.Offset);
    }

    [Theory]
    [InlineData("拨打12345热线")]
    [InlineData("建立1+8+10的政策举措")]
    [InlineData("2020年4月29日")]
    [InlineData("第三届好人发布")]
    [InlineData("奋战在一线")]
    public void Numbers_that_are_not_quantities_are_ignored(string text)
    {
        Assert.Empty(FigureExtractor.Extract(text));
    }

    [Theory]
    [InlineData("三千五百", 3500)]
    [InlineData("十二", 12)]
    [InlineData("两万", 20000)]
    [InlineData("一百零五", 105)]
    public void Reads_chinese_numerals(string text, double value)
    {
        Assert.Equal(value, ChineseNumber.Parse(text));
    }
}
