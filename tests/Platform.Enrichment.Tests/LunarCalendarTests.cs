using System.Globalization;
using Platform.Enrichment.Dates;

namespace Platform.Enrichment.Tests;

public sealed class LunarCalendarTests
{
    [Theory]
    [InlineData(2024, 1, 1, false, "2024-02-10")]
    [InlineData(2023, 12, 23, false, "2024-02-02")]
    [InlineData(2024, 8, 15, false, "2024-09-17")]
    [InlineData(2020, 4, 8, true, "2020-05-30")]
    [InlineData(2020, 5, 5, false, "2020-06-25")]
    [InlineData(2023, 2, 1, true, "2023-03-22")]
    [InlineData(2023, 3, 1, false, "2023-04-20")]
    public void Lunar_day_maps_to_its_gregorian_day(int year, int month, int day, bool leap, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), LunarCalendar.ToGregorian(year, month, day, leap));
    }

    [Theory]
    [InlineData(2024, 4, 8, true)] // 2024 has no leap fourth month
    [InlineData(2024, 13, 1, false)]
    [InlineData(2024, 1, 31, false)]
    [InlineData(1800, 1, 1, false)]
    public void Days_the_calendar_does_not_have_give_nothing(int year, int month, int day, bool leap)
    {
        Assert.Null(LunarCalendar.ToGregorian(year, month, day, leap));
    }
}
