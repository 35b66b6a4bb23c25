using System.Globalization;
using Platform.Enrichment.Dates;

namespace Platform.Enrichment.Tests;

public sealed class DatePeriodsTests
{
    private static (DateOnly, DateOnly) Days(string start, string end) =>
        (DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(2023, 2, 3, "2023-02-21", "2023-02-28")]
    [InlineData(2024, 1, 1, "2024-01-01", "2024-01-10")]
    [InlineData(2024, 1, 2, "2024-01-11", "2024-01-20")]
    [InlineData(2024, 12, 3, "2024-12-21", "2024-12-31")]
    public void Ten_days_are_thirds_of_the_month(int year, int month, int part, string start, string end)
    {
        Assert.Equal(Days(start, end), DatePeriods.TenDays(year, month, part));
    }

    [Fact]
    public void Quarters_half_years_seasons_and_parts_of_years_span_their_months()
    {
        Assert.Equal(Days("2024-10-01", "2024-12-31"), DatePeriods.Quarters(2024, 4, 4));
        Assert.Equal(Days("2024-01-01", "2024-06-30"), DatePeriods.HalfYear(2024, 1));
        Assert.Equal(Days("2023-12-01", "2024-02-29"), DatePeriods.Season(2023, '冬'));
        Assert.Equal(Days("2024-06-01", "2024-08-31"), DatePeriods.Season(2024, '夏'));
        Assert.Equal(Days("2023-01-01", "2023-02-28"), DatePeriods.PartOfYear(2023, '初'));
        Assert.Equal(Days("2023-12-01", "2023-12-31"), DatePeriods.PartOfYear(2023, '末'));
    }
}
