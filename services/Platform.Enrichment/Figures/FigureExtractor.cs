using Platform.Text;
using System.Text.RegularExpressions;
using Platform.Contracts.Documents;

namespace Platform.Enrichment.Figures;

/// <summary>
/// Quantities: 2600余名机关干部, 121个村, 近千斤, 千余只口罩, 1.2万余人次, 1300多万元, 1.9%, 百分之三十.
/// The value folds in 万/亿 (1.2万 → 12000); the qualifier says over/nearly/about.
/// </summary>
public static partial class FigureExtractor
{
    // A figure needs a measure word or a percent sign: bare numbers (12345热线, 1+8+10) are not quantities.
    [GeneratedRegex(
        @"(?<pre>近|约|超过|逾|大约|将近|不足|超)?(?:百分之(?<pct>[\d.]+|[零〇一二两三四五六七八九十百]+)|(?<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s?(?<post1>余|多|几|来)?(?<mul>万|亿)?(?<post2>余|多)?\s?(?:(?<unit>%|％|人次|场次|平方米|平方公里|公里|千米|千瓦|公斤|分钟|小时|元|名|个|户|人|场|次|支|所|家|项|件|只|斤|吨|米|盏|台|份|期|位|批|篇|条|座|处|辆|套|张|亩|天|届|类|款|箱|袋|瓶|柱|间|栋|株|棵|本|册|部|辆|倍)))")]
    private static partial Regex FigurePattern();

    private const string NounStops = "的和与及、，,。；;：:在将为对把被从向到了并等共参加开展进行实现完成全面就也都已均分别还\n ";

    private const string NounEnds = "部员站所队会局户村";

    public static IReadOnlyList<Figure> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var figures = new List<Figure>();
        foreach (Match m in FigurePattern().Matches(text))
        {
            var isPercent = m.Groups["pct"].Success;
            var number = isPercent ? m.Groups["pct"].Value : m.Groups["num"].Value;
            if (!isPercent && !m.Groups["unit"].Success) continue;
            var start = m.Groups["pre"].Success ? m.Groups["pre"].Index : isPercent ? m.Index : m.Groups["num"].Index;
            if (start > 0 && text[start - 1] == '第') continue; // ordinals (第三届) are not quantities
            if (!isPercent && !char.IsAsciiDigit(number[0]) && IsInsideWord(text, m.Groups["num"].Index, number)) continue;
            if (ChineseNumber.Parse(number) is not { } value) continue;
            if (m.Groups["mul"].Success) value *= m.Groups["mul"].Value == "万" ? 1e4 : 1e8;
            var unit = isPercent ? "%" : m.Groups["unit"].Value is "％" ? "%" : m.Groups["unit"].Value;
            var end = m.Index + m.Length;
            var noun = isPercent || unit == "%" ? null : Noun(text, end);
            figures.Add(new Figure(text[start..end], value, unit, noun, Qualifier(m), start));
        }
        return figures;
    }

    private static string? Qualifier(Match m)
    {
        if (m.Groups["post1"].Success || m.Groups["post2"].Success) return "over";
        return m.Groups["pre"].Value switch
        {
            "近" or "将近" or "不足" => "nearly",
            "约" or "大约" => "about",
            "超过" or "逾" or "超" => "over",
            _ => null,
        };
    }

    // 一线, 一对一 and 三宣传 are words, not counts: a lone Chinese numeral must follow a non-letter or a verb-like boundary.
    private static bool IsInsideWord(string text, int index, string number) =>
        number.Length == 1 && number[0] is '一' && index > 0 && char.IsLetter(text[index - 1]);

    private static string? Noun(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 4 && HanCharacters.IsHan(text[end]) && !NounStops.Contains(text[end], StringComparison.Ordinal)) end++;
        // Counted nouns are short; a fifth character is kept only when it closes the noun (临时党支部).
        if (end - start == 4 && end < text.Length && NounEnds.Contains(text[end], StringComparison.Ordinal)) end++;
        return end - start >= 1 ? text[start..end] : null;
    }

}
