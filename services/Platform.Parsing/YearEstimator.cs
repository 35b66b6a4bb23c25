namespace Platform.Parsing;

/// <summary>
/// Estimates the publication year from the four-digit years (19xx/20xx) the text mentions: the most
/// frequent one, the latest on a tie, ignoring years after the bulletin was received.
/// </summary>
internal static class YearEstimator
{
    public static int? Estimate(string text, int latestPlausible)
    {
        Dictionary<int, int>? counts = null;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            var c = text[i];
            if (c is not ('1' or '2')) continue;
            if (i > 0 && char.IsAsciiDigit(text[i - 1])) continue;
            if (!char.IsAsciiDigit(text[i + 1]) || !char.IsAsciiDigit(text[i + 2]) || !char.IsAsciiDigit(text[i + 3])) continue;
            if (i + 4 < text.Length && char.IsAsciiDigit(text[i + 4])) continue;
            var year = (c - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
            if (year is < 1949 or > 2099 || year > latestPlausible) continue;
            counts ??= [];
            counts[year] = counts.GetValueOrDefault(year) + 1;
            i += 3;
        }
        if (counts is null) return null;
        return counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key;
    }
}
