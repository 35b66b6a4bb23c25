using Platform.Text;
namespace Platform.Parsing;

/// <summary>
/// Stray lower-case Latin words between Chinese characters (平台 and 手机): OCR inserts them, Chinese
/// writing never spaces out a lower-case English word that way, while acronyms (APP, 5G, V站) stay unflagged.
/// </summary>
internal static class OcrNoiseDetector
{
    public static bool HasNoise(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != ' ' || !HanCharacters.IsHan(text[i - 1])) continue;
            var j = i + 1;
            while (j < text.Length && text[j] is >= 'a' and <= 'z') j++;
            var word = j - i - 1;
            if (word is >= 1 and <= 6 && j + 1 < text.Length && text[j] == ' ' && HanCharacters.IsHan(text[j + 1])) return true;
            i = Math.Max(i, j - 1);
        }
        return false;
    }
}
