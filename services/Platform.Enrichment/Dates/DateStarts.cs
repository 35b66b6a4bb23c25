using System.Buffers;

namespace Platform.Enrichment.Dates;

/// <summary>
/// Where a date of <see cref="DateExtractor"/>'s pattern can begin: its first character, and for the common words
/// that begin one form only (明 of 明天, 国 of 国庆, 上 of 上周) the characters that can follow. The pattern is
/// then tried only there, instead of at every 明, 中, 大 and 国 of the text (most positions of a Chinese text start
/// no date, and trying the whole pattern at one costs as much as the rest of a date's reading).
/// </summary>
public static class DateStarts
{
    private const string Spaces = " \t\u3000";

    // Every character a date of the pattern begins with (digits, Chinese numerals, and the words' first characters).
    private static readonly SearchValues<char> First = SearchValues.Create(
        "0123456789０１２３４５６７８９○〇零一二三四五六七八九十廿卅两"
        + "上下中今儿元农冬初前劳去后周四国圣夏大妇学宪年底建当护教日明星春昨月末本植次正母清父礼秋端第翌腊记近这连重闰阴除青龙");

    /// <summary>The next position at or after <paramref name="from"/> where a date can begin, or -1.</summary>
    public static int Next(string text, int from)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = from; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(First);
            if (skip < 0) return -1;
            i += skip;
            if (Follows(text[i]) is not { } second || (i + 1 < text.Length && second.Contains(text[i + 1], StringComparison.Ordinal)))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// The characters that can follow <paramref name="first"/> in a date, for characters that begin only words;
    /// null where anything may follow (numerals, which run on into years, months and days, and 初/底/末/闰).
    /// </summary>
    public static string? Follows(char first) => first switch
    {
        '今' => "年天日",
        '去' => "年",
        '前' => "年天二两三23",
        '明' => "年天日",
        '后' => "年天",
        '本' => "年月周星",
        '上' => "上周星礼个月半",
        '下' => "周星礼个月半",
        '这' => "个周星",
        '当' => "天日月",
        '第' => "二一三四1234",
        '年' => Spaces + "初底末",
        '月' => "初底末",
        '日' => "前",
        '周' => "一二三四五六日天",
        '星' => "期",
        '礼' => "拜",
        '昨' => "天日",
        '次' => "日",
        '翌' => "日",
        '近' => "日期",
        '连' => "日",
        '农' or '阴' => "历",
        '正' => "月",
        '腊' => "月八",
        '冬' => "月季",
        '春' => "节季",
        '夏' or '秋' => "季",
        '大' => "年",
        '除' => "夕",
        '元' => "宵旦",
        '龙' => "抬",
        '清' => "明",
        '端' => "午",
        '中' => "元秋",
        '重' => "阳",
        '国' => "际家庆",
        '劳' => "动",
        '妇' => "女",
        '植' => "树",
        '青' => "年",
        '护' => "士",
        '儿' => "童",
        '建' => "党军",
        '教' => "师",
        '记' => "者",
        '母' or '父' => "亲",
        '圣' => "诞",
        '宪' => "法",
        '学' => "雷",
        _ => null,
    };
}
