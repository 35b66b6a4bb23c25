using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Fetch.Feeds;

/// <summary>
/// RSS 2.0 dates (RFC 822 with four-digit years: "Tue, 10 Jun 2025 04:00:00 +0800"), which .NET does not parse
/// with numeric offsets or US zone names. Zone letters follow RFC 822 (CST is US Central, not China): feeds that
/// mean +0800 should say +0800. ISO 8601 dates, which some feeds use instead, are accepted too.
/// </summary>
public static partial class Rfc822Date
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    private static readonly string[] Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
    ];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = Spaces().Replace(text.Trim(), " ");
        var comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 0 and <= 10) s = s[(comma + 1)..].TrimStart();
        var lastSpace = s.LastIndexOf(' ');
        if (lastSpace > 0)
        {
            var zone = s[(lastSpace + 1)..];
            if (Zones.TryGetValue(zone, out var offset)) s = s[..(lastSpace + 1)] + offset;
            else if (NumericZone().IsMatch(zone)) s = s[..(lastSpace + 1)] + zone[..3] + ":" + zone[3..];
        }
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value)) return true;
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[+-]\d{4}$")]
    private static partial Regex NumericZone();
}
