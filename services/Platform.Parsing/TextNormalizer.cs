using System.Text;

namespace Platform.Parsing;

/// <summary>
/// Canonical text form used for hashing and parsing: no BOM, LF line ends, no trailing spaces, NFC.
/// Punctuation width is kept as printed (the parser compares normalized forms itself).
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Replace("\uFEFF", string.Empty, StringComparison.Ordinal)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\t', ' ');
        var sb = new StringBuilder(s.Length);
        foreach (var line in s.Split('\n'))
        {
            sb.Append(line.TrimEnd(' ', '\u3000')).Append('\n');
        }
        var result = sb.ToString().Trim('\n');
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }
}
