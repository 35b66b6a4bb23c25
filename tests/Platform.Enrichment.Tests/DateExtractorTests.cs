using System.Globalization;
using Platform.Contracts.Documents;
using Platform.Enrichment.Dates;

namespace Platform.Enrichment.Tests;

public sealed class DateExtractorTests
{
    private static DateOnly? Day(string? iso) => iso is null ? null : DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    // Absolute dates in Arabic and Chinese numerals, with odd spacing.
    [InlineData("2020年4月29日召开会议", null, null, "2020年4月29日", "2020-04-29", "day", false)]
    [InlineData("2024年 3 月 7 日", null, null, "2024年 3 月 7 日", "2024-03-07", "day", false)]
    [InlineData("二〇二〇年四月二十九日", null, null, "二〇二〇年四月二十九日", "2020-04-29", "day", false)]
    [InlineData("二零零一年三月四日", null, null, "二零零一年三月四日", "2001-03-04", "day", false)]
    [InlineData("二〇〇六年十二月", null, null, "二〇〇六年十二月", "2006-12", "month", false)]
    [InlineData("2020年4月,格尔木市举办", null, null, "2020年4月", "2020-04", "month", false)]
    [InlineData("2019年度省级考核", null, null, "2019年", "2019", "year", false)]
    // Numeric formats.
    [InlineData("发布于2019/04/19", null, null, "2019/04/19", "2019-04-19", "day", false)]
    [InlineData("2019-4-19", null, null, "2019-4-19", "2019-04-19", "day", false)]
    [InlineData("时间:2019.9.6", null, null, "2019.9.6", "2019-09-06", "day", false)]
    [InlineData("日期 20240307 发布", null, null, "20240307", "2024-03-07", "day", false)]
    [InlineData("dated 04.03.2016", null, null, "04.03.2016", "2016-03-04", "day", false)]
    [InlineData("dated 04.13.2016", null, null, "04.13.2016", "2016-04-13", "day", false)]
    // Two-digit years.
    [InlineData("15年3月2日签约", null, null, "15年3月2日", "2015-03-02", "day", false)]
    [InlineData("98年4月入伍", null, null, "98年4月", "1998-04", "month", false)]
    [InlineData("九八年入伍", null, 2020, "九八年", "1998", "year", false)]
    // Partial dates: the bulletin's year, or the window around its date.
    [InlineData("3月5日,召开会议", null, 2020, "3月5日", "2020-03-05", "day", true)]
    [InlineData("十月三十一日举行", "2020-11-03", null, "十月三十一日", "2020-10-31", "day", true)]
    [InlineData("5月31日,开展检查", "2024-06-10", null, "5月31日", "2024-05-31", "day", true)]
    [InlineData("12月28日举行", "2021-01-05", null, "12月28日", "2020-12-28", "day", true)]
    [InlineData("3月20日将举办", "2024-03-01", null, "3月20日", "2024-03-20", "day", true)]
    [InlineData("1月5日起施行", "2020-12-20", null, "1月5日", "2021-01-05", "day", true)]
    [InlineData("6月份开展", "2024-08-10", null, "6月", "2024-06", "month", true)]
    // Relative to the bulletin's date.
    [InlineData("本月9日召开", "2020-04-29", null, "本月9日", "2020-04-09", "day", true)]
    [InlineData("上个月15号", "2020-04-29", null, "上个月15号", "2020-03-15", "day", true)]
    [InlineData("上周三召开", "2020-04-29", null, "上周三", "2020-04-22", "day", true)]
    [InlineData("下周一开幕", "2020-04-29", null, "下周一", "2020-05-04", "day", true)]
    [InlineData("昨天,志愿者", "2020-04-29", null, "昨天", "2020-04-28", "day", true)]
    [InlineData("今天上午", "2020-04-29", null, "今天", "2020-04-29", "day", true)]
    [InlineData("当天,志愿者", "2020-04-29", null, "当天", "2020-04-29", "day", true)]
    [InlineData("29日上午,召开会议", "2020-04-30", null, "29日", "2020-04-29", "day", true)]
    [InlineData("30日,举行仪式", "2020-04-30", null, "30日", "2020-04-30", "day", true)]
    [InlineData("今年以来,开展活动", null, 2022, "今年", "2022", "year", true)]
    [InlineData("自去年全面铺开", null, 2020, "去年", "2019", "year", true)]
    [InlineData("前年启动", "2020-04-29", null, "前年", "2018", "year", true)]
    [InlineData("明年建成", "2020-04-29", null, "明年", "2021", "year", true)]
    [InlineData("去年3月开工", "2020-04-29", null, "去年3月", "2019-03", "month", true)]
    [InlineData("三天前发出倡议", "2020-04-29", null, "三天前", "2020-04-26", "day", true)]
    [InlineData("两周后验收", "2020-04-29", null, "两周后", "2020-05-13", "day", true)]
    [InlineData("3个月前启动", "2020-04-29", null, "3个月前", "2020-01", "month", true)]
    [InlineData("五年后建成", "2020-04-29", null, "五年后", "2025", "year", true)]
    // Relative words that name no day stay relative.
    [InlineData("近日,召开会议", null, 2020, "近日", null, "relative", false)]
    [InlineData("日前,候选人产生", null, null, "日前", null, "relative", false)]
    [InlineData("连日来,志愿者", "2020-04-29", null, "连日来", null, "relative", false)]
    public void Extracts_dates_with_value_precision_and_inference(string text, string? bulletinDate, int? year,
        string printed, string? value, string precision, bool inferred)
    {
        var date = DateExtractor.Extract(text, Day(bulletinDate), year)[0];

        Assert.Equal((printed, value, precision, inferred), (date.Text, date.Value, date.Precision, date.Inferred));
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), date.Offset);
        Assert.Equal(inferred, date.Anchor is not null);
    }

    [Fact]
    public void Inferred_dates_keep_their_anchor()
    {
        var dates = DateExtractor.Extract("3月5日召开。2019年6月1日开工,次日完工。", new DateOnly(2020, 4, 29), null);

        Assert.Equal("2020-04-29", dates[0].Anchor);
        Assert.Null(dates[1].Anchor);
        Assert.Equal(("次日", "2019-06-02", "2019-06-01"), (dates[2].Text, dates[2].Value, dates[2].Anchor));
    }

    [Fact]
    public void Day_after_a_range_joint_takes_the_month_printed_before()
    {
        var dates = DateExtractor.Extract("3月5日至7日举办", new DateOnly(2020, 4, 29), null);

        Assert.Equal(["2020-03-05", "2020-03-07"], dates.Select(d => d.Value));
    }

    [Fact]
    public void Partial_date_takes_the_year_printed_in_the_article_when_the_bulletin_has_none()
    {
        var dates = DateExtractor.Extract("2024年第一季度好人发布。5月17日,发布仪式在西宁举行。", null, null);

        Assert.Equal("2024-05-17", dates.Single(d => d.Text == "5月17日").Value);
    }

    [Theory]
    [InlineData("13月45日", 2020, "13月45日")]
    [InlineData("2月30日", 2021, "2月30日")]
    [InlineData("2021年2月29日", null, "2021年2月29日")]
    [InlineData("定于13月召开", 2020, "13月")]
    public void Impossible_dates_are_kept_as_text_with_a_warning_and_no_value(string text, int? year, string printed)
    {
        var date = Assert.Single(DateExtractor.Extract(text, null, year));

        Assert.Equal(printed, date.Text);
        Assert.Null(date.Value);
        Assert.False(string.IsNullOrEmpty(date.Warning));
    }

    [Theory]
    [InlineData("拨打12345678热线")]
    [InlineData("编号202403071")]
    [InlineData("根据20240307号文件")]
    [InlineData("30日内完成整改")]
    [InlineData("一日三餐")]
    [InlineData("每周一次")]
    [InlineData("3个月")]
    [InlineData("绍兴路59号")]
    [InlineData("绍兴路59号，二楼")]
    [InlineData("家住人民路12号。")]
    [InlineData("第45日，")]
    [InlineData("共计59日，")]
    [InlineData("版本1.2.3")]
    [InlineData("坚持了五六年")]
    public void Numbers_that_are_not_dates_are_ignored(string text)
    {
        Assert.Empty(DateExtractor.Extract(text, new DateOnly(2020, 4, 29), 2020));
    }

    [Theory]
    [InlineData(5000)]
    [InlineData(100_000)]
    public void Odd_input_never_throws(int length)
    {
        foreach (var text in new[] { new string('1', length), new string('年', length), string.Concat(Enumerable.Repeat("99年99月99日", length / 9)), new string('九', length) + "年" })
            Assert.All(DateExtractor.Extract(text, new DateOnly(2020, 4, 29), 2020), d => Assert.True(d.Value is not null || d.Warning is not null || d.Precision == "relative"));
    }

    [Fact]
    public void Reported_date_is_the_first_full_date_else_the_bulletin_date()
    {
        var bulletinDate = new DateOnly(2020, 4, 29);

        Assert.Equal(new DateOnly(2020, 1, 29), DateExtractor.ReportedDate(DateExtractor.Extract("近日,1月29日发出倡议", bulletinDate, 2020), bulletinDate));
        Assert.Equal(bulletinDate, DateExtractor.ReportedDate(DateExtractor.Extract("近日发出倡议", bulletinDate, 2020), bulletinDate));
        Assert.Null(DateExtractor.ReportedDate(DateExtractor.Extract("近日发出倡议", null, null), null));
    }

    [Theory]
    [InlineData("在中秋节来临之际,9月26日,社区举办活动。", "2023-09-26")]
    [InlineData("中秋佳节来临,社区于9月29日组织活动。", "2023-09-29")]
    [InlineData("中秋节当天,社区举办活动。活动持续到10月8日。", "2023-09-29")]
    [InlineData("国庆期间,村民举办婚礼。", "2023-10-01")]
    public void Holiday_that_frames_a_printed_day_gives_way_to_it(string text, string expected)
    {
        var bulletinDate = new DateOnly(2023, 10, 10);

        var reported = DateExtractor.ReportedDate(DateExtractor.Extract(text, bulletinDate, 2023), bulletinDate, text);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reported);
    }

    [Theory]
    [InlineData("每月的5号、20号为学雷锋服务日。")]
    [InlineData("每月5日开展志愿服务。")]
    public void Day_of_every_month_is_no_date(string text)
    {
        Assert.DoesNotContain(DateExtractor.Extract(text, new DateOnly(2023, 12, 13), 2023), d => d.Precision == "day");
    }

    [Theory]
    [InlineData("2020-04-29", 2020, null, "2020-04-29")]
    [InlineData(null, 2026, "2026-03-01T20:00:00Z", "2026-03-02")]
    [InlineData(null, 2020, "2026-03-01T08:00:00Z", null)]
    [InlineData(null, null, "2026-03-01T08:00:00Z", "2026-03-01")]
    [InlineData(null, null, null, null)]
    public void Anchor_is_the_masthead_date_else_the_received_day_when_it_agrees_with_the_year(string? masthead, int? year, string? received, string? anchor)
    {
        var bulletin = ArticleFactory.EmptyBulletin(year, masthead is null ? null : new Masthead(null, null, null, null, Day(masthead))) with
        {
            ReceivedAt = received is null ? DateTimeOffset.UnixEpoch : DateTimeOffset.Parse(received, CultureInfo.InvariantCulture),
        };

        Assert.Equal(Day(anchor), DateEnricher.AnchorOf(bulletin));
    }
}
