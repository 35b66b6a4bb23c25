namespace Platform.Parsing;

/// <summary>
/// Pinyin in parentheses left by broken simplified→traditional converters after the characters they could
/// not map: 服務(wù), 本報(bào)訊, 鎮(zhèn)原. A lower-case syllable with a tone mark, glued to the character before it,
/// is never how Chinese text writes an aside, so it is taken out of the text before any rule reads it.
/// </summary>
internal static class ConverterPinyin
{
    private const int MaxSyllable = 6;

    /// <summary>Length of the artifact starting at <paramref name="i"/> (an opening parenthesis), or 0.</summary>
    public static int LengthAt(string text, int i)
    {
        // The parenthesis itself may be mangled into '?' by a broken encoding (日?qǐng)?bào)).
        if (text[i] is not ('(' or '?') || i == 0 || char.IsWhiteSpace(text[i - 1])) return 0;
        var j = i + 1;
        var toned = false;
        while (j < text.Length && j - i - 1 <= MaxSyllable)
        {
            var c = text[j];
            if (c is >= 'a' and <= 'z') { j++; continue; }
            if (!IsTonedVowel(c)) break;
            toned = true;
            j++;
        }
        var length = j - i - 1;
        return toned && length <= MaxSyllable && j < text.Length && text[j] == ')' ? length + 2 : 0;
    }

    // Latin-1 and Latin Extended-A vowels with the four tone marks, and ü with them (ǖǘǚǜ).
    private static bool IsTonedVowel(char c) => c is (>= '\u00E0' and <= '\u00FC') or (>= '\u0101' and <= '\u01DC') && char.IsLower(c);
}
