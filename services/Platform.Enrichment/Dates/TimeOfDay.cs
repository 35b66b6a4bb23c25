using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Text;

namespace Platform.Enrichment.Dates;

/// <summary>A time of day printed right after a date (29日上午9时, 下午3点半, 晚8时, 9:30) as "HH:mm".</summary>
public static partial class TimeOfDay
{
    [GeneratedRegex(
        @"\G[ \t\u3000]*(?<p>凌晨|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|晚间|夜间|夜里|晚)?[ \t\u3000]*"
        + @"(?:(?<h>[0-9]{1,2})[:：](?<mi>[0-5][0-9])(?![0-9])"
        + @"|(?<h>[0-9]{1,2}|[零一二两三四五六七八九十]{1,3})[ \t\u3000]*[时点](?:(?<half>半)|(?<q>一刻|三刻)|(?<mi>[0-5]?[0-9]|[零一二三四五六七八九十]{1,3})分|(?<mi>[0-5][0-9]))?)")]
    private static partial Regex Pattern();

    /// <summary>The time printed at <paramref name="index"/> of <paramref name="text"/>, or null when none is (or it is no time: 25时).</summary>
    public static string? At(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (index >= text.Length) return null;
        var m = Pattern().Match(text, index);
        if (!m.Success) return null;
        if (ChineseNumerals.Parse(m.Groups["h"].Value) is not { } h || h is < 0 or > 24 || h != Math.Floor(h)) return null;
        var minute = m.Groups["half"].Success ? 30
            : m.Groups["q"].Success ? (m.Groups["q"].Value[0] == '一' ? 15 : 45)
            : m.Groups["mi"].Success && ChineseNumerals.Parse(m.Groups["mi"].Value) is { } mi ? (int)mi : 0;
        if (minute is < 0 or > 59) return null;
        var hour = Hour((int)h, m.Groups["p"].Value);
        if (hour is < 0 or > 23) return null;
        return string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}");
    }

    // 下午3点 is 15:00; 中午12点 stays 12:00 and 中午1点 is 13:00; 凌晨12点 is midnight (24时 belongs to the next day: no time).
    private static int Hour(int hour, string period) => period switch
    {
        "下午" or "傍晚" or "晚上" or "晚间" or "夜间" or "夜里" or "晚" when hour < 12 => hour + 12,
        "中午" when hour < 11 => hour + 12,
        "凌晨" when hour == 12 => 0,
        _ => hour,
    };
}
