using System.Buffers;
using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Enrichment.Figures;

/// <summary>
/// Quantities: 2600余名机关干部, 三万五千名, 1.2万余人次, 1300多万元, 百分之一点五七, 零下四摄氏度, 两千六,
/// 壹佰万元整. The value folds in 万/亿 (1.2万 → 12000); the qualifier says over/nearly/about; the text
/// covers qualifier, sign, numeral and unit.
/// </summary>
/// <remarks>
/// A figure needs a unit, or a numeral that can only be a quantity (一万一千一百一十一, 负十, 1.2万):
/// bare Arabic numbers (12345热线), digit sequences (二〇二〇), ordinals (第三届), dates (15年3月) and a lone
/// 一 inside a word (一线) are not quantities.
/// </remarks>
public static class FigureExtractor
{
    private const string NounStops = "的和与及、，,。；;：:在将为对把被从向到了并等共参加开展进行实现完成全面就也都已均分别还余多\n ";

    private const string NounEnds = "部员站所队会局户村";

    public static IReadOnlyList<Figure> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var figures = new List<Figure>();
        var i = 0;
        while (i < text.Length)
        {
            var skip = text.AsSpan(i).IndexOfAny(FigureStarts);
            if (skip < 0) break;
            i += skip;
            if (FigureAt(text, i) is { } found)
            {
                figures.Add(found.Figure);
                i = found.End;
                continue;
            }
            i++;
        }
        return figures;
    }

    // Every character FigureAt can start at: a text is searched for these (vectorized) instead of tried at each position.
    private static readonly SearchValues<char> FigureStarts = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => ChineseNumerals.IsNumeralChar(c) || c is '百' or '千' or '负' or '-' or '−' or '零' or '半')
            .ToArray());

    private static bool StartsNumber(string text, int i) => i == 0 || !ChineseNumerals.IsNumeralChar(text[i - 1]);

    private static (Figure Figure, int End)? FigureAt(string text, int i)
    {
        var c = text[i];
        if (!ChineseNumerals.IsNumeralChar(c) && c is not ('百' or '千' or '负' or '-' or '−' or '零' or '半')) return null;
        if (!StartsNumber(text, i) || (i > 0 && (char.IsAsciiLetter(text[i - 1]) || text[i - 1] is '第' or '.' or '／' or '/'))) return null;
        var start = i;
        var sign = 1.0;
        var unitHint = (string?)null;
        var at = i;
        if (string.CompareOrdinal(text, i, "百分之", 0, 3) == 0)
        {
            at = i + 3;
            unitHint = "%";
        }
        else if (string.CompareOrdinal(text, i, "千分之", 0, 3) == 0)
        {
            at = i + 3;
            unitHint = "‰";
        }
        else if (string.CompareOrdinal(text, i, "零下", 0, 2) == 0)
        {
            at = i + 2;
            sign = -1;
        }
        else if (c is '-' or '−' && i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]))
        {
            return null; // a range or a code (2019-4-19, 1-2), not a sign
        }
        double value;
        NumeralForm form;
        int length;
        if (at >= text.Length) return null;
        if (text[at] == '半' && unitHint is null)
        {
            // 半斤, 半小时: half of a weight or a time, not 上半年 or 一半.
            if (at > 0 && HanCharacters.IsHan(text[at - 1]) && !NounStops.Contains(text[at - 1], StringComparison.Ordinal)) return null;
            if (UnitAt(text, at + 1) is not { Unit: "斤" or "公斤" or "吨" or "小时" or "个月" or "亩" or "米" or "公里" }) return null;
            (value, form, length) = (0.5, NumeralForm.Chinese, 1);
        }
        else
        {
            if (ChineseNumerals.Read(text.AsSpan(at)) is not { } numeral) return null;
            (value, form, length) = (numeral.Value, numeral.Form, numeral.Length);
        }
        if (form == NumeralForm.DigitSequence) return null;
        var numeralText = text.AsSpan(at, length);
        var end = at + length;
        value *= sign;

        string? qualifier = null;
        var suffix = Suffix(text, ref end, ref value);
        if (suffix is not null) qualifier = suffix;

        var spaced = SkipSpaces(text, end);
        var unit = unitHint;
        if (unit is null && UnitAt(text, spaced) is { } u)
        {
            unit = u.Unit;
            value *= u.Multiplier;
            end = spaced + u.Length;
            if (end < text.Length && text[end] == '半' && u.Unit is not ("%" or "‰")) // 一斤半, 两个半月
            {
                value += 0.5 * Math.Sign(value == 0 ? 1 : value);
                end++;
            }
            var after = AfterUnitQualifier(text, ref end);
            qualifier ??= after;
        }
        if (unit is null && !CanStandAlone(text, at, numeralText, form, value < 0, qualifier)) return null;
        if (unit == "年" && IsYearOfDate(text, at, numeralText, end)) return null;
        if (unit is not null && numeralText is "一" && at > 0 && char.IsLetter(text[at - 1]) && start == at) return null; // 一线, 建成一个
        if (!double.IsFinite(value)) return null;
        var (prefixStart, prefixQualifier) = Prefix(text, start);
        // A place value alone (千, 百, 万) is a number only when qualified: 千余只, 近千斤, 上千人; not 千家万户.
        if (numeralText.Length == 1 && numeralText[0] is '百' or '千' or '万' or '亿')
        {
            if (qualifier is null && prefixQualifier is null)
            {
                if (start == 0 || text[start - 1] is not ('上' or '数')) return null;
                (prefixStart, prefixQualifier) = (start - 1, text[start - 1] == '上' ? "about" : null);
            }
        }
        qualifier ??= prefixQualifier;
        if (unit is "℃") value = Math.Round(value, 6);
        // 元整 closes a sum written out in full (壹佰万元整): 整 says "exactly", it counts nothing.
        var exactSum = unit == "元" && end < text.Length && text[end] == '整';
        var noun = unit is null or "%" or "‰" || exactSum ? null : Noun(text, end);
        return (new Figure(text[prefixStart..end], value, unit, noun, qualifier, prefixStart), end);
    }

    // Numerals that are quantities without a unit: place-value or mixed forms of two characters or more
    // (一万一千一百一十一, 1.2万, 3千余), signed (负十), not the head of a longer code (十三五) nor a date or time.
    private static bool CanStandAlone(string text, int at, ReadOnlySpan<char> numeral, NumeralForm form, bool negative, string? qualifier)
    {
        if (form == NumeralForm.Arabic) return false;
        if (numeral.Length < 2 && !negative && qualifier is null) return false;
        if (form == NumeralForm.Chinese && numeral.Length < 3 && !numeral.ContainsAny("万亿萬億点") && !negative) return false;
        var end = at + numeral.Length;
        if (end < text.Length && (ChineseNumerals.IsNumeralChar(text[end]) || "年月日号时点分秒届期".Contains(text[end], StringComparison.Ordinal))) return false;
        return true;
    }

    private static bool IsYearOfDate(string text, int at, ReadOnlySpan<char> numeral, int end)
    {
        if (numeral.Length == 4 && int.TryParse(numeral, out var year) && year is >= 1000 and <= 2999) return true;
        // 15年3月, 98年4月: a two-digit year of a date.
        var next = SkipSpaces(text, end);
        return next < text.Length && ChineseNumerals.Read(text.AsSpan(next)) is { } month && next + month.Length < text.Length
            && text[SkipSpaces(text, next + month.Length)] == '月';
    }

    // 余/多/来/几 after the numeral (十几名), with 万/亿 that follow them (1300多万元).
    private static string? Suffix(string text, ref int end, ref double value)
    {
        string? qualifier = null;
        var at = SkipSpaces(text, end);
        if (at < text.Length && text[at] is '余' or '多' or '来' or '几')
        {
            qualifier = text[at] == '来' ? "about" : "over";
            at++;
            end = at;
        }
        if (at < text.Length && text[at] is '万' or '亿' or '萬' or '億')
        {
            value *= text[at] is '万' or '萬' ? 1e4 : 1e8;
            at++;
            end = at;
            if (at < text.Length && text[at] is '余' or '多')
            {
                qualifier = "over";
                end = at + 1;
            }
        }
        return qualifier;
    }

    private static string? AfterUnitQualifier(string text, ref int end)
    {
        if (end < text.Length && text[end] is '多' or '余')
        {
            end++;
            return "over";
        }
        if (string.CompareOrdinal(text, end, "左右", 0, 2) == 0)
        {
            end += 2;
            return "about";
        }
        if (string.CompareOrdinal(text, end, "以上", 0, 2) == 0)
        {
            end += 2;
            return "over";
        }
        return null;
    }

    private static readonly (string Word, string Qualifier)[] Prefixes =
    [
        ("将近", "nearly"), ("接近", "nearly"), ("不足", "nearly"), ("不到", "nearly"), ("大约", "about"), ("超过", "over"),
        ("多达", "over"), ("近", "nearly"), ("约", "about"), ("逾", "over"), ("超", "over"),
    ];

    // Words that end in a one-character qualifier but do not qualify what follows (签约3个项目, 附近2所学校).
    private static readonly HashSet<string> NotQualifiers = new(StringComparer.Ordinal)
    {
        "签约", "合约", "预约", "节约", "制约", "邀约", "公约", "条约", "履约", "最近", "附近", "靠近", "临近", "亲近", "贴近",
        "走近", "赶超", "高超",
    };

    private static (int Start, string? Qualifier) Prefix(string text, int start)
    {
        foreach (var (word, qualifier) in Prefixes)
        {
            var at = start - word.Length;
            if (at < 0 || string.CompareOrdinal(text, at, word, 0, word.Length) != 0) continue;
            if (word.Length == 1 && at > 0 && NotQualifiers.Contains(text.Substring(at - 1, 2))) return (start, null);
            return (at, qualifier);
        }
        return (start, null);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000' or '\u00A0') i++;
        return i;
    }

    private static (string Unit, double Multiplier, int Length)? UnitAt(string text, int at)
    {
        if (at >= text.Length) return null;
        foreach (var (printed, unit, multiplier) in FigureUnits.All)
        {
            if (string.CompareOrdinal(text, at, printed, 0, printed.Length) != 0 || at + printed.Length > text.Length) continue;
            // 块 is money only as 块钱 or at a phrase end (一百块); 三块牌匾 counts pieces.
            if (printed == "块" && at + 1 < text.Length && HanCharacters.IsHan(text[at + 1])) return ("块", 1, 1);
            return (unit, multiplier, printed.Length);
        }
        return null;
    }

    private static string? Noun(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 4 && HanCharacters.IsHan(text[end]) && !NounStops.Contains(text[end], StringComparison.Ordinal)
            && !ChineseNumerals.IsNumeralChar(text[end]))
            end++;
        // Counted nouns are short; a fifth character is kept only when it closes the noun (临时党支部).
        if (end - start == 4 && end < text.Length && NounEnds.Contains(text[end], StringComparison.Ordinal)) end++;
        return end - start >= 1 ? text[start..end] : null;
    }
}
