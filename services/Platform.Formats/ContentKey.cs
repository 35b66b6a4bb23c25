using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Platform.Text;

namespace Platform.Formats;

/// <summary>
/// A key that is the same for one bulletin however it arrived (text, HTML, PDF, DOCX): SHA-256 of its
/// <see cref="CompactText"/> form, NFKC with every whitespace, control and format character removed. Extraction
/// moves line breaks and spaces (a PDF line end joins "1000 多支" as "1000多支", full-width forms turn half-width),
/// but not the printed characters.
/// </summary>
public static class ContentKey
{
    // Chars hashed per step: the canonical text of a maximum-size body is millions of chars, and building it whole
    // (a builder, its string, then its UTF-8) took three large copies per bulletin (issue 13 item 12).
    private const int ChunkChars = 16 * 1024;

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = Encoding.UTF8.GetEncoder();
        var chars = ArrayPool<char>.Shared.Rent(ChunkChars);
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(ChunkChars));
        try
        {
            var count = 0;
            foreach (var c in text.Normalize(NormalizationForm.FormKC))
            {
                if (!CompactText.Keeps(c)) continue;
                chars[count++] = c;
                if (count == ChunkChars)
                {
                    // Not flushed: a surrogate pair split between two chunks is encoded when its second half arrives.
                    hash.AppendData(utf8, 0, encoder.GetBytes(chars, 0, count, utf8, 0, flush: false));
                    count = 0;
                }
            }
            hash.AppendData(utf8, 0, encoder.GetBytes(chars, 0, count, utf8, 0, flush: true));
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }
}
