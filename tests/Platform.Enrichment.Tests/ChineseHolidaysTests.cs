using System.Globalization;
using Platform.Enrichment.Dates;

namespace Platform.Enrichment.Tests;

public sealed class ChineseHolidaysTests
{
    [Theory]
    [InlineData("春节", 2020, "2020-01-25")]
    [InlineData("春节", 2021, "2021-02-12")]
    [InlineData("春节", 2023, "2023-01-22")]
    [InlineData("除夕", 2024, "2024-02-09")]
    [InlineData("除夕", 2025, "2025-01-28")]
    [InlineData("元宵节", 2025, "2025-02-12")]
    [InlineData("龙抬头", 2024, "2024-03-11")]
    [InlineData("端午节", 2023, "2023-06-22")]
    [InlineData("端午节", 2025, "2025-05-31")]
    [InlineData("中秋节", 2025, "2025-10-06")]
    [InlineData("重阳节", 2023, "2023-10-23")]
    [InlineData("清明节", 2008, "2008-04-04")]
    [InlineData("清明节", 2019, "2019-04-05")]
    [InlineData("清明节", 2024, "2024-04-04")]
    [InlineData("清明节", 1999, "1999-04-05")]
    [InlineData("父亲节", 2024, "2024-06-16")]
    [InlineData("母亲节", 2023, "2023-05-14")]
    [InlineData("国庆", 2024, "2024-10-01")]
    [InlineData("腊八节", 2025, "2025-01-07")]
    public void Holiday_falls_on_its_day_of_the_gregorian_year(string name, int year, string day)
    {
        Assert.Equal(DateOnly.Parse(day, CultureInfo.InvariantCulture), ChineseHolidays.DayIn(name, year));
    }

    [Theory]
    [InlineData("春节", 1800)]
    [InlineData("春节", 2200)]
    [InlineData("周年", 2024)]
    public void Unknown_names_and_years_outside_the_calendar_give_no_day(string name, int year)
    {
        Assert.Null(ChineseHolidays.DayIn(name, year));
    }
}
