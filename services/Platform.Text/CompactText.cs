using System.Globalization;
using System.Text;

namespace Platform.Text;

/// <summary>
/// Text reduced to its printed characters: NFKC (full-width forms folded to half-width) with every whitespace,
/// control and format character removed. Two renderings of the same words (a PDF's line breaks, an HTML page's
/// spacing, a headline wrapped over lines) compare equal in this form.
/// </summary>
public static class CompactText
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (Keeps(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Whether <paramref name="c"/> (already NFKC) is a printed character this form keeps.</summary>
    public static bool Keeps(char c) =>
        !char.IsWhiteSpace(c) && !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;
}
