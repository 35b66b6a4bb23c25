using System.Security.Cryptography;
using System.Text;
using Platform.Text;

namespace Platform.Formats;

/// <summary>
/// A key that is the same for one bulletin however it arrived (text, HTML, PDF, DOCX): SHA-256 of its NFKC text
/// with every whitespace, control and format character removed. Extraction moves line breaks and spaces (a PDF
/// line end joins "1000 多支" as "1000多支", full-width forms turn half-width), but not the printed characters.
/// </summary>
public static class ContentKey
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var canonical = Canonical(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The text the key hashes.</summary>
    public static string Canonical(string text) => CompactText.Of(text);
}
