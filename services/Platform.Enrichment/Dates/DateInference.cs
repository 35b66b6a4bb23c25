namespace Platform.Enrichment.Dates;

/// <summary>
/// How the parts of a date that were not printed are worked out from an anchor (the bulletin's date):
/// pure rules, tested alone.
/// </summary>
/// <remarks>
/// <para><b>Partial dates (3月5日).</b> A bulletin reports what happened and announces what is coming, so a
/// partial date is read in the window from about ten months before the anchor to <see cref="UpcomingDays"/>
/// days after it: 3月20日 in a bulletin of 2024-03-01 is upcoming (2024-03-20), 12月28日 in a bulletin of
/// 2021-01-05 is last year's (2020-12-28), 1月5日 in a bulletin of 2020-12-20 is next year's (2021-01-05).</para>
/// <para><b>Two-digit years.</b> 15年3月 is 2015 and 98年4月 1998: the century that puts the year at most
/// twenty years after the anchor's year (or before 2050 without an anchor).</para>
/// </remarks>
public static class DateInference
{
    /// <summary>How many days after the anchor a partial date is still read as upcoming rather than last year's.</summary>
    public const int UpcomingDays = 60;

    private const int FutureYearsOfTwoDigitYears = 20;

    private const int DefaultPivotYear = 2049;

    /// <summary>The year of a partial date (month and day printed) relative to <paramref name="anchor"/>.</summary>
    public static int YearOf(int month, int day, DateOnly anchor)
    {
        var year = anchor.Year;
        var candidate = Clamp(year, month, day);
        if (candidate > anchor.AddDays(UpcomingDays)) return year - 1;
        if (candidate < anchor.AddDays(UpcomingDays - 365)) return year + 1;
        return year;
    }

    /// <summary>The year of a month printed alone (6月) relative to <paramref name="anchor"/>, by the same window.</summary>
    public static int YearOf(int month, DateOnly anchor)
    {
        var year = anchor.Year;
        var first = new DateOnly(year, month, 1);
        if (first > anchor.AddDays(UpcomingDays)) return year - 1;
        if (first.AddMonths(1).AddDays(-1) < anchor.AddDays(UpcomingDays - 365)) return year + 1;
        return year;
    }

    /// <summary>
    /// The year of a day named without one (春节, 农历正月初一) relative to <paramref name="anchor"/>, by the same window;
    /// <paramref name="dayIn"/> gives the day in a year (null where it has none).
    /// </summary>
    public static int? YearOf(Func<int, DateOnly?> dayIn, DateOnly anchor)
    {
        ArgumentNullException.ThrowIfNull(dayIn);
        var year = anchor.Year;
        if (dayIn(year) is not { } day) return null;
        if (day > anchor.AddDays(UpcomingDays)) return year - 1;
        if (day < anchor.AddDays(UpcomingDays - 365)) return year + 1;
        return year;
    }

    /// <summary>The full year of a two-digit year (15 → 2015, 98 → 1998).</summary>
    public static int ExpandTwoDigitYear(int twoDigits, int? anchorYear)
    {
        var pivot = anchorYear is { } y ? y + FutureYearsOfTwoDigitYears : DefaultPivotYear;
        var year = 2000 + twoDigits;
        return year > pivot ? year - 100 : year;
    }

    /// <summary>The day of the week <paramref name="weeksFromAnchor"/> weeks from the anchor's (weeks start on Monday; 1 = Monday … 7 = Sunday).</summary>
    public static DateOnly Weekday(DateOnly anchor, int weeksFromAnchor, int dayOfWeek)
    {
        var monday = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7));
        return monday.AddDays(7 * weeksFromAnchor + dayOfWeek - 1);
    }

    // 2月29日 is compared as 2月28日 in a year that has no 29th; validity is checked once the year is known.
    private static DateOnly Clamp(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
