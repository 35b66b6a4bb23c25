using Platform.Enrichment.Dates;

namespace Platform.Enrichment.Tests;

public sealed class DateExtractorTests
{
    [Theory]
    [InlineData("2020年4月29日召开会议", null, null, "2020年4月29日", "2020-04-29", "day", false)]
    [InlineData("2020 年 4 月 29 日", null, null, "2020 年 4 月 29 日", "2020-04-29", "day", false)]
    [InlineData("3月5日,召开会议", null, 2020, "3月5日", "2020-03-05", "day", true)]
    [InlineData("5月31日,开展检查", "2024-06-10", null, "5月31日", "2024-05-31", "day", true)]
    [InlineData("12月28日举行", "2021-01-05", null, "12月28日", "2020-12-28", "day", true)]
    [InlineData("2020年4月,格尔木市举办", null, null, "2020年4月", "2020-04", "month", false)]
    [InlineData("2019年度省级考核", null, null, "2019年", "2019", "year", false)]
    [InlineData("近日,召开会议", null, 2020, "近日", null, "relative", false)]
    [InlineData("日前,候选人产生", null, null, "日前", null, "relative", false)]
    [InlineData("今年以来,开展活动", null, 2022, "今年", "2022", "year", true)]
    [InlineData("自去年全面铺开", null, 2020, "去年", "2019", "year", true)]
    public void Extracts_dates_with_value_precision_and_inference(string text, string? bulletinDate, int? year,
        string printed, string? value, string precision, bool inferred)
    {
        var date = DateExtractor.Extract(text, bulletinDate is null ? null : DateOnly.Parse(bulletinDate, System.Globalization.CultureInfo.InvariantCulture), year)[0];

        Assert.Equal((printed, value, precision, inferred), (date.Text, date.Value, date.Precision, date.Inferred));
    }

    [Fact]
    public void Partial_date_takes_the_year_printed_in_the_article_when_the_bulletin_has_none()
    {
        var dates = DateExtractor.Extract("2024年第一季度好人发布。5月17日,发布仪式在西宁举行。", null, null);

        Assert.Equal("2024-05-17", dates.Single(d => d.Text == "5月17日").Value);
    }

    [Theory]
    [InlineData("13月45日", 2020)]
    [InlineData("2月30日", 2021)]
    public void Impossible_dates_are_skipped(string text, int year)
    {
        Assert.Empty(DateExtractor.Extract(text, null, year));
    }

    [Fact]
    public void Reported_date_is_the_first_full_date_else_the_bulletin_date()
    {
        var bulletinDate = new DateOnly(2020, 4, 29);

        Assert.Equal(new DateOnly(2020, 1, 29), DateExtractor.ReportedDate(DateExtractor.Extract("近日,1月29日发出倡议", bulletinDate, 2020), bulletinDate));
        Assert.Equal(bulletinDate, DateExtractor.ReportedDate(DateExtractor.Extract("近日发出倡议", bulletinDate, 2020), bulletinDate));
        Assert.Null(DateExtractor.ReportedDate(DateExtractor.Extract("近日发出倡议", null, null), null));
    }
}
