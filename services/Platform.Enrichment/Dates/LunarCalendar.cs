using System.Globalization;

namespace Platform.Enrichment.Dates;

/// <summary>Lunar (农历) dates to Gregorian days through <see cref="ChineseLunisolarCalendar"/>, leap months included.</summary>
public static class LunarCalendar
{
    private static readonly ChineseLunisolarCalendar Calendar = new();

    /// <summary>
    /// The Gregorian day of lunar <paramref name="month"/>/<paramref name="day"/> of the lunar year that begins in
    /// Gregorian <paramref name="lunarYear"/>; <paramref name="leap"/> for the leap month after <paramref name="month"/>
    /// (闰四月). Null when that day does not exist (no leap month that year, 三十 of a 29-day month) or is outside 1901–2100.
    /// </summary>
    public static DateOnly? ToGregorian(int lunarYear, int month, int day, bool leap = false)
    {
        if (lunarYear < Calendar.MinSupportedDateTime.Year + 1 || lunarYear > Calendar.MaxSupportedDateTime.Year - 1) return null;
        if (month is < 1 or > 12 || day < 1) return null;
        // The calendar numbers months 1–13 in a leap year: the leap month follows its namesake and shifts the rest.
        var leapMonth = Calendar.GetLeapMonth(lunarYear);
        int index;
        if (leap)
        {
            if (leapMonth != month + 1) return null;
            index = month + 1;
        }
        else index = leapMonth > 0 && month >= leapMonth ? month + 1 : month;
        if (day > Calendar.GetDaysInMonth(lunarYear, index)) return null;
        return DateOnly.FromDateTime(Calendar.ToDateTime(lunarYear, index, day, 0, 0, 0, 0));
    }

    /// <summary>除夕: the last day of the lunar year that ends in Gregorian <paramref name="year"/>'s spring (the eve of its 春节).</summary>
    public static DateOnly? NewYearsEve(int year) => ToGregorian(year, 1, 1) is { } newYear ? newYear.AddDays(-1) : null;
}
