using Platform.Enrichment.Figures;

namespace Platform.Enrichment.Tests;

public sealed class FigureExtractorTests
{
    [Theory]
    // Arabic, with qualifiers before and after, 万/亿 folded into the value.
    [InlineData("组织全区2600余名机关干部联系", "2600余名", 2600, "名", "机关干部", "over")]
    [InlineData("联系121个村和社区", "121个", 121, "个", "村", null)]
    [InlineData("服务1.2万余人次", "1.2万余人次", 12000, "人次", null, "over")]
    [InlineData("累计投入资金1300多万元,已完成", "1300多万元", 13000000, "元", null, "over")]
    [InlineData("捐款捐物 1200 余万元支援", "1200 余万元", 12000000, "元", null, "over")]
    [InlineData("约50人参加会议", "约50人", 50, "人", null, "about")]
    [InlineData("成立520个临时党支部,配合", "520个", 520, "个", "临时党支部", null)]
    [InlineData("新增就业1万600人", "1万600人", 10600, "人", null, null)]
    [InlineData("募集3千余元", "3千余元", 3000, "元", null, "over")]
    [InlineData("活动持续3年左右", "3年左右", 3, "年", null, "about")]
    // Chinese numerals: full grammar, elision, variants, financial forms.
    [InlineData("动员三万五千名群众参与", "三万五千名", 35000, "名", "群众", null)]
    [InlineData("服务一万二千余人次", "一万二千余人次", 12000, "人次", null, "over")]
    [InlineData("收获近千斤蔬菜", "近千斤", 1000, "斤", "蔬菜", "nearly")]
    [InlineData("捐赠千余只口罩", "千余只", 1000, "只", "口罩", "over")]
    [InlineData("上千人参加", "上千人", 1000, "人", null, "about")]
    [InlineData("十几名志愿者", "十几名", 10, "名", "志愿者", "over")]
    [InlineData("袁亮坤两次到长沙血液中心", "两次", 2, "次", null, null)]
    [InlineData("卖了两千六块钱", "两千六块钱", 2600, "元", null, null)]
    [InlineData("运来一点二吨物资", "一点二吨", 1.2, "吨", "物资", null)]
    [InlineData("兩萬人次參與", "兩萬人次", 20000, "人次", null, null)]
    [InlineData("廿五名志愿者", "廿五名", 25, "名", "志愿者", null)]
    [InlineData("捐款壹佰万元整", "壹佰万元", 1000000, "元", null, null)]
    [InlineData("买了半斤茶叶", "半斤", 0.5, "斤", "茶叶", null)]
    [InlineData("历时1个半小时", "1个半", 1.5, "个", null, null)]
    // Percentages, per mille and temperatures, with signs.
    [InlineData("贫困发生率已下降至1.9%。", "1.9%", 1.9, "%", null, null)]
    [InlineData("覆盖率达到百分之三十。", "百分之三十", 30, "%", null, null)]
    [InlineData("增长百分之一点五七。", "百分之一点五七", 1.57, "%", null, null)]
    [InlineData("同比下降-3.8%。", "-3.8%", -3.8, "%", null, null)]
    [InlineData("气温零下四摄氏度。", "零下四摄氏度", -4, "℃", null, null)]
    [InlineData("气温达到38℃。", "38℃", 38, "℃", null, null)]
    [InlineData("志愿服务两个小时,", "两个小时", 2, "小时", null, null)]
    [InlineData("坚持了三个钟头。", "三个钟头", 3, "小时", null, null)]
    // Numerals that can only be quantities count without a unit.
    [InlineData("共计一万一千一百一十一。", "一万一千一百一十一", 11111, null, null, null)]
    [InlineData("总数一百万零五十四,", "一百万零五十四", 1000054, null, null, null)]
    [InlineData("温度降到负十。", "负十", -10, null, null, null)]
    [InlineData("规模达1.2万。", "1.2万", 12000, null, null, null)]
    public void Extracts_value_unit_noun_and_qualifier(string text, string printed, double value, string? unit, string? noun, string? qualifier)
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
    [InlineData("捐款壹佰万元整，用于", "壹佰万元")]
    [InlineData("拨付资金伍万元整。", "伍万元")]
    public void A_sum_written_out_in_full_counts_no_noun(string text, string printed)
    {
        var figure = Assert.Single(FigureExtractor.Extract(text));

        Assert.Equal(printed, figure.Text);
        Assert.Null(figure.Noun);
    }

    [Theory]
    [InlineData("拨打12345热线")]
    [InlineData("建立1+8+10的政策举措")]
    [InlineData("2020年4月29日")]
    [InlineData("二〇二〇年四月二十九日")]
    [InlineData("15年3月2日")]
    [InlineData("第三届好人发布")]
    [InlineData("奋战在一线")]
    [InlineData("门牌一七二零")]
    [InlineData("千家万户")]
    [InlineData("十三五规划")]
    [InlineData("签约3个")]
    [InlineData("上半年")]
    [InlineData("20240307")]
    [InlineData("5G网络")]
    public void Numbers_that_are_not_quantities_are_ignored(string text)
    {
        var figures = FigureExtractor.Extract(text);

        Assert.True(figures.Count == 0 || figures.All(f => f.Text.StartsWith('3')), string.Join(" ", figures.Select(f => f.Text)));
        if (text != "签约3个") Assert.Empty(figures);
        else Assert.Null(Assert.Single(figures).Qualifier);
    }

    [Fact]
    public void Every_figure_of_a_sentence_is_found_in_order()
    {
        var figures = FigureExtractor.Extract("全市1.2万名志愿者服务近3万人次,发放口罩两千六百只,覆盖率百分之九十五。");

        Assert.Equal(["1.2万名", "近3万人次", "两千六百只", "百分之九十五"], figures.Select(f => f.Text));
        Assert.Equal([12000, 30000, 2600, 95], figures.Select(f => f.Value));
    }

    [Theory]
    [InlineData(5000)]
    [InlineData(100_000)]
    public void Absurd_numerals_never_throw(int length)
    {
        var nines = new string('九', length) + "名";
        var repeated = string.Concat(Enumerable.Repeat("九千九百九十九亿", length / 8)) + "元";

        Assert.Empty(FigureExtractor.Extract(nines));
        Assert.All(FigureExtractor.Extract(repeated), f => Assert.True(double.IsFinite(f.Value)));
        Assert.All(FigureExtractor.Extract(new string('9', length)), f => Assert.True(double.IsFinite(f.Value)));
    }
}
