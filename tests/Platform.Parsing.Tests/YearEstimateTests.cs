namespace Platform.Parsing.Tests;

public sealed class YearEstimateTests
{
    [Theory]
    [InlineData("标题\n\n2019年以来,全区开展活动。2020年继续推进,2020年底完成。", 2020)]
    [InlineData("标题\n\n今年以来,各地喜迎党的二十大,扎实推进党史学习教育成果。", 2022)]
    [InlineData("标题\n\n各地深入开展党史学习教育,庆祝建党100周年。", 2021)]
    [InlineData("标题\n\n全区认真学习贯彻党的十九大精神。", 2018)]
    [InlineData("标题\n\n全区开展志愿服务活动,群众满意。", null)]
    public void Year_comes_from_printed_years_else_from_dated_campaigns(string text, int? year) =>
        Assert.Equal(year, Parsing.Parse(text).Bulletin.Year);

    [Fact]
    public void Printed_years_win_over_campaign_phrases()
    {
        var text = "标题\n\n2016年,各地喜迎党的二十大的说法并不存在,这里只为测试优先级。2016年完成。";
        Assert.Equal(2016, Parsing.Parse(text).Bulletin.Year);
    }
}
