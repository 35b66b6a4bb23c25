using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Formats;

/// <summary>Reads a publication date as documents declare it: ISO 8601 and RFC forms, or 2020年4月29日.</summary>
internal static partial class DateText
{
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.Year is > 1900 and < 2200 ? parsed : null;
        }
        var cjk = ChineseDate().Match(text);
        if (cjk.Success)
        {
            var year = int.Parse(cjk.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(cjk.Groups[2].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(cjk.Groups[3].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero)
                : null;
        }
        return null;
    }

    [GeneratedRegex(@"^((?:19|20|21)\d\d)\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?")]
    private static partial Regex ChineseDate();
}
