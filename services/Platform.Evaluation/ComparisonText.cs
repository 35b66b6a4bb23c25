using System.Text;

namespace Platform.Evaluation;

/// <summary>
/// The form titles, names and organizations are compared in: Unicode NFKC, then every whitespace character and
/// every dash (-, —, ―) removed, so line breaks, full-width spaces and subtitle dashes never decide a match.
/// </summary>
public static class ComparisonText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var nfkc = Nfkc(text);
        var kept = new StringBuilder(nfkc.Length);
        // Every removed character is in the BMP and is no surrogate, so filtering UTF-16 units is exact.
        foreach (var c in nfkc)
        {
            if (!IsWhitespace(c) && !IsDash(c)) kept.Append(c);
        }
        return kept.ToString();
    }

    /// <summary>Whitespace as Python's <c>str.isspace</c> defines it (the reference scorer's <c>\s</c>), which also counts U+001C–U+001F.</summary>
    public static bool IsWhitespace(char c) => c switch
    {
        >= '\u0009' and <= '\u000D' => true,
        >= '\u001C' and <= '\u0020' => true,
        '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };

    public static bool IsDash(char c) => c is '-' or '\u2014' or '\u2015';

    /// <summary>NFKC; lone surrogates (which .NET refuses to normalize) are kept as they are and the runs between them normalized.</summary>
    private static string Nfkc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var result = new StringBuilder(text.Length);
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var paired = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (paired) { i++; continue; }
                if (!char.IsSurrogate(text[i])) continue;
                result.Append(text[start..i].Normalize(NormalizationForm.FormKC)).Append(text[i]);
                start = i + 1;
            }
            return result.Append(text[start..].Normalize(NormalizationForm.FormKC)).ToString();
        }
    }
}
