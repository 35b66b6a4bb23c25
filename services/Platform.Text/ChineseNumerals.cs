namespace Platform.Text;

/// <summary>
/// Reads numerals as printed in Chinese text: place-value numerals with 万/亿 sections (一万一千一百一十一,
/// 一百万零五十四), colloquial elision (两千六 = 2600, 三万五 = 35000), decimals (一点二), signs (负十),
/// variants (兩, 廿, 卅), financial numerals (壹佰), Arabic and mixed forms (1.2万, 1万600, 3千) and digit
/// sequences (二〇二〇 = 2020). Pure and allocation-free; never throws on any input.
/// </summary>
public static class ChineseNumerals
{
    // Longer runs are not numbers anyone writes; bounding them keeps reading linear on absurd input.
    private const int MaxNumeralLength = 48;

    /// <summary>The value of a Chinese digit (〇 to 九, 两, financial forms), or -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        '零' or '〇' or '○' => 0,
        '一' or '壹' or '弌' => 1,
        '二' or '两' or '兩' or '贰' or '貳' or '弍' => 2,
        '三' or '叁' or '參' or '叄' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>The value of a place-value character within a section (十, 百, 千 and their financial forms), or 0.</summary>
    private static int SmallUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>The tens written as one character (廿 = 20, 卅 = 30, 卌 = 40), or 0.</summary>
    private static int Tens(char c) => c switch
    {
        '廿' => 20,
        '卅' => 30,
        '卌' => 40,
        _ => 0,
    };

    private static double LargeUnit(char c) => c switch
    {
        '万' or '萬' => 1e4,
        '亿' or '億' => 1e8,
        _ => 0,
    };

    private static bool IsAsciiOrWideDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    private static int AsciiValue(char c) => c <= '9' ? c - '0' : c - '０';

    /// <summary>True for a character that can be part of a numeral (digits, place values, 万/亿).</summary>
    public static bool IsNumeralChar(char c) =>
        IsAsciiOrWideDigit(c) || DigitValue(c) >= 0 || SmallUnit(c) > 0 || Tens(c) > 0 || LargeUnit(c) > 0;

    /// <summary>The value of <paramref name="text"/> when all of it is one numeral, else null.</summary>
    public static double? Parse(ReadOnlySpan<char> text) =>
        Read(text) is { } numeral && numeral.Length == text.Length ? numeral.Value : null;

    /// <summary>The longest numeral at the start of <paramref name="text"/>, or null when none starts there.</summary>
    public static Numeral? Read(ReadOnlySpan<char> text)
    {
        var run = RunLength(text);
        if (run == 0) return null;
        if (Math.Min(DigitSequenceLength(text[..run]), MaxNumeralLength) is var digits and >= 2) return new Numeral(digits, SequenceValue(text[..digits]), NumeralForm.DigitSequence);
        for (var n = Math.Min(run, MaxNumeralLength); n > 0; n--)
        {
            if (TryValue(text[..n], out var value, out var form)) return new Numeral(n, value, form);
        }
        return null;
    }

    // How far the characters that may form a numeral reach: numeral characters, a sign at the start,
    // a decimal point or a thousands comma between digits.
    private static int RunLength(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (text.Length > 1 && text[0] is '负' or '-' or '−' && IsNumeralChar(text[1])) i = 1;
        var start = i;
        // Capped, so reading at every position of a long digit run stays linear.
        var limit = Math.Min(text.Length, start + MaxNumeralLength + 1);
        while (i < limit)
        {
            var c = text[i];
            if (IsNumeralChar(c))
            {
                i++;
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (i > start && c is '.' or '．' && IsAsciiOrWideDigit(text[i - 1]) && IsAsciiOrWideDigit(next))
            {
                i++;
                continue;
            }
            if (i > start && c == '点' && IsNumeralChar(text[i - 1]) && (DigitValue(next) >= 0 || IsAsciiOrWideDigit(next)))
            {
                i++;
                continue;
            }
            if (i > start && c == ',' && IsAsciiOrWideDigit(text[i - 1]) && IsThousandsGroup(text[(i + 1)..]))
            {
                i++;
                continue;
            }
            break;
        }
        return i == start ? 0 : i;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> rest) =>
        rest.Length >= 3 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2])
        && (rest.Length == 3 || !char.IsAsciiDigit(rest[3]));

    // Two or more Chinese digits with no place value between them (二〇二〇, 一七二零) read one by one.
    private static int DigitSequenceLength(ReadOnlySpan<char> run)
    {
        var n = 0;
        while (n < run.Length && DigitValue(run[n]) >= 0) n++;
        return n < 2 ? 0 : n;
    }

    private static double SequenceValue(ReadOnlySpan<char> digits)
    {
        double value = 0;
        foreach (var c in digits) value = value * 10 + DigitValue(c);
        return value;
    }

    private static bool TryValue(ReadOnlySpan<char> text, out double value, out NumeralForm form)
    {
        value = 0;
        form = NumeralForm.Chinese;
        var sign = 1.0;
        var i = 0;
        if (text.Length > 0 && text[0] is '负' or '-' or '−')
        {
            sign = -1;
            i = 1;
        }
        if (i >= text.Length) return false;
        bool anyArabic = false, anyChinese = false;
        double total = 0, wan = 0, section = 0, digit = 0;
        bool hasDigit = false, digitIsArabic = false, digitFollowsUnit = false, afterUnit = false, any = false, wanInBlock = false, hasFraction = false;
        var lastSmall = int.MaxValue;
        double lastUnit = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsAsciiOrWideDigit(c))
            {
                if (hasDigit) return false;
                var end = i;
                double number = 0;
                while (end < text.Length && (IsAsciiOrWideDigit(text[end]) || (text[end] == ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
                {
                    if (text[end] != ',') number = number * 10 + AsciiValue(text[end]);
                    end++;
                }
                if (end + 1 < text.Length && text[end] is '.' or '．' or '点' && IsAsciiOrWideDigit(text[end + 1]))
                {
                    var scale = 0.1;
                    var fraction = 0.0;
                    var digits = 0;
                    end++;
                    while (end < text.Length && IsAsciiOrWideDigit(text[end]))
                    {
                        fraction += AsciiValue(text[end]) * scale;
                        scale /= 10;
                        digits++;
                        end++;
                    }
                    number = Math.Round(number + fraction, Math.Min(digits, 15));
                    hasFraction = true;
                }
                digit = number;
                hasDigit = digitIsArabic = anyArabic = any = true;
                digitFollowsUnit = afterUnit;
                afterUnit = false;
                i = end;
                continue;
            }
            var d = DigitValue(c);
            if (d >= 0)
            {
                anyChinese = any = true;
                if (d == 0)
                {
                    // 零 holds an empty place (一百零五); it ends elision (一万零五 is 10005, not 15000).
                    if (hasDigit) return false;
                    afterUnit = false;
                    i++;
                    continue;
                }
                if (hasDigit) return false;
                digit = d;
                hasDigit = true;
                digitIsArabic = false;
                digitFollowsUnit = afterUnit;
                afterUnit = false;
                i++;
                continue;
            }
            if (c == '点')
            {
                // Chinese decimal: 一点二, 十点五, 零点五七; the fraction is read digit by digit.
                if (hasFraction || i + 1 >= text.Length) return false;
                var whole = section + (hasDigit ? digit : 0);
                var scale = 0.1;
                var fraction = 0.0;
                var digits = 0;
                var end = i + 1;
                while (end < text.Length && DigitValue(text[end]) is var f and >= 0)
                {
                    fraction += f * scale;
                    scale /= 10;
                    digits++;
                    end++;
                }
                if (digits == 0) return false;
                digit = Math.Round(whole + fraction, Math.Min(digits, 15));
                section = 0;
                hasDigit = hasFraction = true;
                digitFollowsUnit = false;
                lastSmall = 1;
                i = end;
                continue;
            }
            var small = SmallUnit(c);
            var tens = Tens(c);
            if (small > 0 || tens > 0)
            {
                anyChinese = any = true;
                if (hasFraction) return false;
                var unit = small > 0 ? small : 10;
                if (unit >= lastSmall) return false;
                double multiplier;
                if (tens > 0)
                {
                    if (hasDigit) return false;
                    multiplier = tens / 10.0;
                }
                else if (hasDigit) multiplier = digit;
                else multiplier = 1; // 十五, 百余, 千余: a leading place value counts one
                section += multiplier * unit;
                hasDigit = false;
                lastSmall = unit;
                lastUnit = unit;
                afterUnit = true;
                i++;
                continue;
            }
            var large = LargeUnit(c);
            if (large > 0)
            {
                anyChinese = true;
                if (large == 1e4)
                {
                    if (wanInBlock) return false;
                    var part = section + (hasDigit ? digit : 0);
                    if (part == 0) part = any ? 0 : 1;
                    if (part == 0) return false;
                    wan = part * 1e4;
                    wanInBlock = true;
                }
                else
                {
                    var part = wan + section + (hasDigit ? digit : 0);
                    if (part == 0) part = any ? 0 : 1;
                    if (part == 0) return false;
                    total = (total + part) * 1e8;
                    wan = 0;
                    wanInBlock = false;
                }
                any = true;
                section = 0;
                hasDigit = hasFraction = false;
                lastSmall = int.MaxValue;
                lastUnit = large;
                afterUnit = true;
                i++;
                continue;
            }
            return false;
        }
        if (!any) return false;
        var tail = 0.0;
        if (hasDigit)
        {
            // 两千六 = 2600, 一百二 = 120, 三万五 = 35000: a lone Chinese digit right after a place value counts in the next place down.
            tail = !digitIsArabic && digitFollowsUnit && lastUnit >= 100 && !hasFraction ? digit * lastUnit / 10 : digit;
        }
        value = sign * (total + wan + section + tail);
        if (!double.IsFinite(value)) return false;
        form = anyArabic ? anyChinese ? NumeralForm.Mixed : NumeralForm.Arabic : NumeralForm.Chinese;
        return true;
    }
}
