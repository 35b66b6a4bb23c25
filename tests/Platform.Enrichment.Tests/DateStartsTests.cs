using Platform.Enrichment.Dates;

namespace Platform.Enrichment.Tests;

public sealed class DateStartsTests
{
    // The first form of each kind the date pattern reads: each must be tried where it begins.
    [Theory]
    [InlineData("2024年3月7日")]
    [InlineData("二〇二〇年四月二十九日")]
    [InlineData("３月５日")]
    [InlineData("20240307")]
    [InlineData("今年3月")]
    [InlineData("去年底")]
    [InlineData("前三季度")]
    [InlineData("明天")]
    [InlineData("后年")]
    [InlineData("本月9日")]
    [InlineData("上上周三")]
    [InlineData("上个月15号")]
    [InlineData("下半年")]
    [InlineData("这星期五")]
    [InlineData("当天")]
    [InlineData("第二天")]
    [InlineData("第一季度")]
    [InlineData("年 底")]
    [InlineData("月底")]
    [InlineData("日前")]
    [InlineData("周六")]
    [InlineData("星期天")]
    [InlineData("礼拜一")]
    [InlineData("昨日")]
    [InlineData("次日")]
    [InlineData("翌日")]
    [InlineData("近期")]
    [InlineData("连日来")]
    [InlineData("农历八月十五")]
    [InlineData("阴历正月初一")]
    [InlineData("闰四月初八")]
    [InlineData("正月初一")]
    [InlineData("腊八节")]
    [InlineData("冬月初三")]
    [InlineData("春节")]
    [InlineData("大年初一")]
    [InlineData("除夕")]
    [InlineData("元旦")]
    [InlineData("龙抬头")]
    [InlineData("清明节")]
    [InlineData("端午节")]
    [InlineData("中秋节")]
    [InlineData("重阳节")]
    [InlineData("国家宪法日")]
    [InlineData("劳动节")]
    [InlineData("妇女节")]
    [InlineData("植树节")]
    [InlineData("青年节")]
    [InlineData("护士节")]
    [InlineData("儿童节")]
    [InlineData("建党节")]
    [InlineData("教师节")]
    [InlineData("记者节")]
    [InlineData("母亲节")]
    [InlineData("圣诞节")]
    [InlineData("学雷锋纪念日")]
    [InlineData("廿三日")]
    [InlineData("两周后")]
    public void A_date_form_is_tried_where_it_begins(string form)
    {
        Assert.Equal(0, DateStarts.Next(form, 0));
        Assert.NotEmpty(DateExtractor.Extract("，" + form + "，", new DateOnly(2024, 5, 20), 2024));
    }

    [Theory]
    [InlineData("明确中国建设大学", -1)]
    [InlineData("上级下发本地当地国内", -1)]
    [InlineData("建设3月", 2)]
    [InlineData("中国国庆", 2)]
    [InlineData("明明天", 1)]
    public void Words_that_begin_no_date_are_skipped(string text, int next)
    {
        Assert.Equal(next, DateStarts.Next(text, 0));
    }
}
