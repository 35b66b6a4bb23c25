using System.Globalization;

namespace Platform.Enrichment.Figures;

/// <summary>Reads numbers written in Chinese numerals (两, 十二, 三千五百, 百分之三十) or Arabic digits.</summary>
public static class ChineseNumber
{
    private const string Digits = "零〇一二两三四五六七八九";

    public static bool IsNumeral(char c) => Digits.Contains(c, StringComparison.Ordinal) || c is '十' or '百' or '千' or '万' or '亿';

    /// <summary>The value of <paramref name="text"/>, or null when it is not a number.</summary>
    public static double? Parse(string text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var arabic)) return arabic;
        double total = 0, section = 0, digit = 0;
        var any = false;
        foreach (var c in text)
        {
            var d = Digits.IndexOf(c, StringComparison.Ordinal);
            if (d >= 0)
            {
                digit = c switch
                {
                    '零' or '〇' => 0,
                    '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4, '五' => 5,
                    '六' => 6, '七' => 7, '八' => 8, _ => 9,
                };
                any = true;
                continue;
            }
            double unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 1e4, '亿' => 1e8, _ => -1 };
            if (unit < 0) return null;
            any = true;
            if (unit >= 1e4)
            {
                total = (total + section + digit) * unit;
                section = digit = 0;
            }
            else
            {
                section += (digit == 0 ? 1 : digit) * unit;
                digit = 0;
            }
        }
        return any ? total + section + digit : null;
    }
}
