using System.Globalization;
using Platform.Enrichment.Dates;

namespace Platform.Enrichment.Tests;

public sealed class DateInferenceTests
{
    [Theory]
    [InlineData(3, 20, "2024-03-01", 2024)]   // a few weeks ahead: upcoming
    [InlineData(4, 29, "2024-03-01", 2024)]   // 59 days ahead
    [InlineData(5, 15, "2024-03-01", 2023)]   // further ahead: last year's
    [InlineData(12, 28, "2021-01-05", 2020)]
    [InlineData(1, 5, "2020-12-20", 2021)]
    [InlineData(2, 29, "2021-01-10", 2021)]   // compared as 2月28日; validity is checked afterwards
    public void Partial_date_year_reads_a_few_weeks_ahead_as_upcoming(int month, int day, string anchor, int year)
    {
        Assert.Equal(year, DateInference.YearOf(month, day, DateOnly.Parse(anchor, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(15, 2026, 2015)]
    [InlineData(98, 2026, 1998)]
    [InlineData(35, 2020, 2035)]
    [InlineData(45, 2020, 1945)]
    [InlineData(30, null, 2030)]
    public void Two_digit_year_takes_the_century_closest_behind_the_anchor(int twoDigits, int? anchorYear, int year)
    {
        Assert.Equal(year, DateInference.ExpandTwoDigitYear(twoDigits, anchorYear));
    }

    [Theory]
    [InlineData("2020-04-29", -1, 3, "2020-04-22")]
    [InlineData("2020-04-29", 0, 7, "2020-05-03")]
    [InlineData("2020-05-03", 0, 1, "2020-04-27")]   // Sunday belongs to the week that began on Monday
    [InlineData("2020-04-29", 1, 1, "2020-05-04")]
    public void Weekday_counts_weeks_from_monday(string anchor, int weeks, int dayOfWeek, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture),
            DateInference.Weekday(DateOnly.Parse(anchor, CultureInfo.InvariantCulture), weeks, dayOfWeek));
    }
}
