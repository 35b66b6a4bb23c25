using System.Globalization;
using Platform.Enrichment.Dates;

namespace Platform.Enrichment.Tests;

/// <summary>The date forms Chinese time parsers are tested on beyond plain dates: holidays, lunar dates, 旬 and periods.</summary>
public sealed class DateFormsTests
{
    private static DateOnly? Day(string? iso) => iso is null ? null : DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    // Holidays with a printed year, a year word or the bulletin's date; lunar ones through the lunisolar calendar.
    [InlineData("2024年春节期间,志愿者走访困难群众", null, null, "2024年春节", "2024-02-10", "day", false)]
    [InlineData("今年国庆节,全市开展升旗仪式", "2024-05-20", null, "今年国庆节", "2024-10-01", "day", true)]
    [InlineData("2025年除夕夜,民警坚守岗位", null, null, "2025年除夕", "2025-01-28", "day", false)]
    [InlineData("元宵节当天,社区举办猜灯谜活动", "2024-02-20", null, "元宵节", "2024-02-24", "day", true)]
    [InlineData("清明节前夕,学生祭扫烈士墓", "2023-03-30", null, "清明节", "2023-04-05", "day", true)]
    [InlineData("五一劳动节期间,景区客流平稳", "2024-04-25", null, "五一劳动节", "2024-05-01", "day", true)]
    [InlineData("端午节到来之际,开展包粽子活动", "2024-06-01", null, "端午节", "2024-06-10", "day", true)]
    [InlineData("2024年七夕节,集体婚礼举行", null, null, "2024年七夕节", "2024-08-10", "day", false)]
    [InlineData("中秋节前夕,慰问困难群众", "2023-09-20", null, "中秋节", "2023-09-29", "day", true)]
    [InlineData("重阳节当天,志愿者看望老人", "2024-10-08", null, "重阳节", "2024-10-11", "day", true)]
    [InlineData("十一黄金周期间,景区接待游客", "2024-10-08", null, "十一", "2024-10-01", "day", true)]
    [InlineData("在七一建党节到来之际", "2024-06-25", null, "七一建党节", "2024-07-01", "day", true)]
    [InlineData("八一建军节前夕,慰问驻地官兵", "2024-07-28", null, "八一建军节", "2024-08-01", "day", true)]
    [InlineData("在第40个教师节来临之际", "2024-09-05", null, "教师节", "2024-09-10", "day", true)]
    [InlineData("六一儿童节,学校举办游园会", "2024-05-20", null, "六一儿童节", "2024-06-01", "day", true)]
    [InlineData("三八妇女节,表彰巾帼志愿者", "2024-03-01", null, "三八妇女节", "2024-03-08", "day", true)]
    [InlineData("2024年植树节,义务植树", null, null, "2024年植树节", "2024-03-12", "day", false)]
    [InlineData("五四青年节,青年志愿者宣誓", "2024-05-01", null, "五四青年节", "2024-05-04", "day", true)]
    [InlineData("元旦期间,加强安全检查", "2023-12-20", null, "元旦", "2024-01-01", "day", true)]
    [InlineData("去年春节,返乡人数创新高", "2024-05-20", null, "去年春节", "2023-01-22", "day", true)]
    [InlineData("母亲节当天,社区为母亲送花", "2024-05-20", null, "母亲节", "2024-05-12", "day", true)]
    [InlineData("2024年腊八节,寺院施粥", null, null, "2024年腊八节", "2024-01-18", "day", false)]
    [InlineData("国庆期间,志愿者在景区服务", "2024-10-08", null, "国庆", "2024-10-01", "day", true)]
    // Lunar dates, leap months included.
    [InlineData("农历正月初一,群众走亲访友", "2024-01-20", null, "农历正月初一", "2024-02-10", "day", true)]
    [InlineData("腊月二十三,北方小年", "2024-01-20", null, "腊月二十三", "2024-02-02", "day", true)]
    [InlineData("2024年农历八月十五举行晚会", null, null, "2024年农历八月十五", "2024-09-17", "day", false)]
    [InlineData("2020年农历闰四月初八", null, null, "2020年农历闰四月初八", "2020-05-30", "day", false)]
    [InlineData("大年初一,民警坚守岗位", "2025-01-20", null, "大年初一", "2025-01-29", "day", true)]
    [InlineData("正月十五闹元宵", "2025-01-20", null, "正月十五", "2025-02-12", "day", true)]
    [InlineData("三月初三,举办歌圩", "2024-03-20", null, "三月初三", "2024-04-11", "day", true)]
    // 旬, beginnings and ends of months.
    [InlineData("3月上旬,开展专项整治", "2024-05-20", null, "3月上旬", "2024-03", "ten-days", true)]
    [InlineData("2024年5月下旬召开", null, null, "2024年5月下旬", "2024-05", "ten-days", false)]
    [InlineData("今年6月中旬,举办培训", "2024-05-20", null, "今年6月中旬", "2024-06", "ten-days", true)]
    [InlineData("4月底前完成整改", "2024-03-20", null, "4月底", "2024-04", "ten-days", true)]
    [InlineData("1月末,全市完成验收", "2024-05-20", null, "1月末", "2024-01", "ten-days", true)]
    [InlineData("本月底前上报", "2024-05-20", null, "本月底", "2024-05", "ten-days", true)]
    [InlineData("月初,社区启动评选", "2024-05-20", null, "月初", "2024-05", "ten-days", true)]
    // Parts of years, half-years, quarters and seasons.
    [InlineData("截至2023年底,全市注册志愿者", null, null, "2023年底", "2023", "period", false)]
    [InlineData("今年年初,启动文明城市创建", "2024-05-20", null, "今年年初", "2024", "period", true)]
    [InlineData("去年年底,项目竣工", "2024-05-20", null, "去年年底", "2023", "period", true)]
    [InlineData("2024年上半年,全市接待游客", null, null, "2024年上半年", "2024", "half-year", false)]
    [InlineData("下半年,将继续推进", "2024-05-20", null, "下半年", "2024", "half-year", true)]
    [InlineData("2024年第一季度好人榜", null, null, "2024年第一季度", "2024", "quarter", false)]
    [InlineData("今年一季度,全市GDP增长", "2024-05-20", null, "今年一季度", "2024", "quarter", true)]
    [InlineData("前三季度,累计发放", "2024-10-20", null, "前三季度", "2024", "quarter", true)]
    [InlineData("2024年春季,开展植绿护绿", null, null, "2024年春季", "2024", "season", false)]
    public void Extracts_holidays_lunar_dates_and_periods(string text, string? bulletinDate, int? year,
        string printed, string? value, string precision, bool inferred)
    {
        var date = DateExtractor.Extract(text, Day(bulletinDate), year)[0];

        Assert.Equal((printed, value, precision, inferred), (date.Text, date.Value, date.Precision, date.Inferred));
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), date.Offset);
    }

    [Theory]
    [InlineData("3月上旬", "2024-03-01", "2024-03-10")]
    [InlineData("2024年2月下旬", "2024-02-21", "2024-02-29")]
    [InlineData("4月中旬", "2024-04-11", "2024-04-20")]
    [InlineData("2023年底", "2023-12-01", "2023-12-31")]
    [InlineData("2024年初", "2024-01-01", "2024-02-29")]
    [InlineData("2024年第二季度", "2024-04-01", "2024-06-30")]
    [InlineData("前三季度", "2024-01-01", "2024-09-30")]
    [InlineData("2024年下半年", "2024-07-01", "2024-12-31")]
    [InlineData("2024年冬季", "2024-12-01", "2025-02-28")]
    [InlineData("上月底", "2024-04-21", "2024-04-30")]
    public void Periods_carry_their_first_and_last_day(string text, string start, string end)
    {
        var date = DateExtractor.Extract(text, new DateOnly(2024, 5, 20), null)[0];

        Assert.Equal((text, start, end), (date.Text, date.Start, date.End));
    }

    [Theory]
    [InlineData("2024年3月7日上午9时,会议召开", "09:00")]
    [InlineData("29日下午3点半,活动开始", "15:30")]
    [InlineData("昨天晚8时许", "20:00")]
    [InlineData("2024-03-07 9:30开幕", "09:30")]
    [InlineData("3月5日晚上7点30分", "19:30")]
    [InlineData("3月5日中午12时", "12:00")]
    [InlineData("3月5日凌晨2时", "02:00")]
    [InlineData("5月6日下午两点", "14:00")]
    [InlineData("3月5日3人受伤", null)]
    [InlineData("3月5日,30时长", null)]
    public void Time_of_day_printed_after_a_day_is_attached_to_it(string text, string? time)
    {
        Assert.Equal(time, DateExtractor.Extract(text, new DateOnly(2024, 5, 30), null)[0].Time);
    }

    [Fact]
    public void Month_after_a_range_joint_takes_the_year_printed_before()
    {
        var dates = DateExtractor.Extract("2022年3月至5月开展专项行动", new DateOnly(2024, 5, 20), null);

        Assert.Equal(["2022-03", "2022-05"], dates.Select(d => d.Value));
    }

    [Theory]
    [InlineData("王国庆同志获评道德模范")]
    [InlineData("政治清明、社会安定")]
    [InlineData("八一路社区开展活动")]
    [InlineData("荣获七一勋章")]
    [InlineData("第十一届运动会")]
    [InlineData("十一个村")]
    [InlineData("北京冬季奥运会")]
    [InlineData("初步形成")]
    [InlineData("岁月中的故事")]
    [InlineData("每年年底前")]
    [InlineData("八月十五的月亮")]
    public void Words_that_are_no_holiday_or_period_are_ignored(string text)
    {
        var dates = DateExtractor.Extract(text, new DateOnly(2024, 5, 20), null);

        Assert.DoesNotContain(dates, d => d.Precision is "ten-days" or "quarter" or "half-year" or "season" or "period" or "day");
    }

    [Fact]
    public void Lunar_date_that_does_not_exist_is_kept_with_a_warning()
    {
        var date = Assert.Single(DateExtractor.Extract("2024年农历闰四月初八", null, null));

        Assert.Null(date.Value);
        Assert.False(string.IsNullOrEmpty(date.Warning));
    }

    [Fact]
    public void Holiday_without_a_year_or_bulletin_date_stays_unresolved()
    {
        var date = Assert.Single(DateExtractor.Extract("春节期间", null, null));

        Assert.Equal(("春节", null, false), (date.Text, date.Value, date.Inferred));
    }
}
