using Platform.Text;
using System.Globalization;

namespace Platform.Parsing;

/// <summary>Rejects input that cannot be a bulletin before layout rules run on it.</summary>
internal static class InputQualityGate
{
    private const int MinChineseCharacters = 10;
    // Binary data shows itself early; sampling the head keeps the check cheap on large input.
    private const int Sample = 64 * 1024;

    /// <summary>Why the text is unusable, or null when it can be parsed.</summary>
    public static string? Check(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "empty input: the bulletin contains no text";
        int visible = 0, junk = 0, cjk = 0;
        var limit = Math.Min(text.Length, Sample);
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            if (HanCharacters.IsHan(c)) { visible++; cjk++; continue; }
            if (c < '\u0080')
            {
                if (c is > ' ' and < '\u007F') visible++;
                else if (c is not (' ' or '\n')) { visible++; junk++; }
                continue;
            }
            if (ChineseText.IsSpace(c)) continue;
            visible++;
            if (c == '\uFFFD' || char.IsControl(c) || char.IsSurrogate(c) || c is >= '\uE000' and <= '\uF8FF' ||
                char.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned) junk++;
        }
        if (visible == 0) return "empty input: the bulletin contains no text";
        if (junk * 10 > visible) return $"binary data: {junk * 100 / visible}% of the characters are control or replacement characters";
        if (cjk < MinChineseCharacters) return "no recognisable structure: the text holds too little Chinese text to be a bulletin";
        return null;
    }
}
