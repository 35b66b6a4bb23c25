using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts.Documents;

namespace Platform.Enrichment.Dates;

/// <summary>
/// Absolute dates (2020年4月29日, 2020 年 4 月 29 日), partial dates (3月5日) with the year inferred
/// from the bulletin or the years the article prints, bare years, and relative words (近日, 日前).
/// </summary>
public static partial class DateExtractor
{
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s?年(?:\s?(?<m>\d{1,2})\s?月(?:\s?(?<d>\d{1,2})\s?日)?)?|(?<m>\d{1,2})\s?月\s?(?<d>\d{1,2})\s?[日号]|(?<rel>近日|日前|近期|连日来|当天|翌日|今年|去年)")]
    private static partial Regex DatePattern();

    /// <param name="text">Article text.</param>
    /// <param name="bulletinDate">Masthead date, if any.</param>
    /// <param name="bulletinYear">The parser's estimate of the publication year, if any.</param>
    public static IReadOnlyList<DateMention> Extract(string text, DateOnly? bulletinDate, int? bulletinYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = DatePattern().Matches(text);
        var printedYears = matches.Where(m => m.Groups["y"].Success).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToList();
        var issuedYear = bulletinDate?.Year ?? bulletinYear;
        var year = issuedYear ?? (printedYears.Count > 0 ? printedYears.Max() : null);
        var result = new List<DateMention>();
        foreach (Match m in matches)
        {
            if (m.Groups["rel"].Success)
            {
                result.Add(Relative(m, year));
                continue;
            }
            var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
            if (m.Groups["y"].Success)
            {
                var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (Format(y, month, day) is { } value) result.Add(new DateMention(m.Value, value, Precision(month, day), false, m.Index));
                continue;
            }
            // A partial date belongs to the bulletin's year, else to the nearest year printed before it;
            // a month well after the bulletin's month is last year's (12月28日 in a January issue).
            var nearest = issuedYear is null && printedYears.Count > 0 ? LastYearBefore(matches, m.Index) : null;
            var inferred = issuedYear ?? nearest ?? year;
            if (inferred is null)
            {
                if (month is >= 1 and <= 12 && day is >= 1 and <= 31) result.Add(new DateMention(m.Value, null, "day", false, m.Index));
                continue;
            }
            if (nearest is null && bulletinDate is { } issued && month > issued.Month + 1) inferred--;
            if (Format(inferred.Value, month, day) is { } partial) result.Add(new DateMention(m.Value, partial, "day", true, m.Index));
        }
        return result;
    }

    /// <summary>The date the article reports on: its first day-precise date, else the bulletin date.</summary>
    public static DateOnly? ReportedDate(IReadOnlyList<DateMention> dates, DateOnly? bulletinDate)
    {
        var first = dates.FirstOrDefault(d => d.Precision == "day" && d.Value is not null);
        return first is not null ? DateOnly.ParseExact(first.Value!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : bulletinDate;
    }

    private static DateMention Relative(Match m, int? year) => m.Value switch
    {
        "今年" when year is not null => new DateMention(m.Value, Year(year.Value), "year", true, m.Index),
        "去年" when year is not null => new DateMention(m.Value, Year(year.Value - 1), "year", true, m.Index),
        _ => new DateMention(m.Value, null, "relative", false, m.Index),
    };

    private static int? LastYearBefore(MatchCollection matches, int index)
    {
        int? year = null;
        foreach (Match m in matches)
        {
            if (m.Index >= index) break;
            if (m.Groups["y"].Success) year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        return year;
    }

    private static string Precision(int month, int day) => month == 0 ? "year" : day == 0 ? "month" : "day";

    private static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    private static string? Format(int year, int month, int day)
    {
        if (month == 0) return Year(year);
        if (month > 12) return null;
        if (day == 0) return $"{Year(year)}-{month:00}";
        return day <= DateTime.DaysInMonth(year, month) ? $"{Year(year)}-{month:00}-{day:00}" : null;
    }
}
