using System.IO.Compression;

namespace Platform.Formats.Pdf;

/// <summary>
/// Bounds what a PDF inflates to before PdfPig reads it: PdfPig decompresses streams whole and without a limit, so
/// a few kilobytes of deflated zeros would become gigabytes. Every stream that starts like zlib data is inflated
/// here into a counter (nothing kept) until the total passes the limit.
/// </summary>
internal static class PdfStreamGuard
{
    private static readonly byte[] Keyword = "stream"u8.ToArray();

    /// <summary>The total decompressed size of the Flate streams, counted up to just past <paramref name="limit"/>.</summary>
    public static long DecompressedSize(ReadOnlyMemory<byte> pdf, long limit)
    {
        var span = pdf.Span;
        long total = 0;
        var buffer = new byte[81920];
        var at = 0;
        while (at < span.Length)
        {
            var found = span[at..].IndexOf(Keyword);
            if (found < 0) break;
            var start = at + found;
            at = start + Keyword.Length;
            if (start >= 3 && span[(start - 3)..start].SequenceEqual("end"u8)) continue;
            if (at < span.Length && span[at] == '\r') at++;
            if (at >= span.Length || span[at] != '\n') continue;
            at++;
            // zlib header: deflate method, and the check bits that make CMF*256+FLG a multiple of 31.
            if (at + 2 > span.Length || (span[at] & 0x0F) != 8 || ((span[at] << 8) | span[at + 1]) % 31 != 0) continue;
            total += Inflate(pdf[at..], buffer, limit - total);
            if (total > limit) return total;
        }
        return total;
    }

    private static long Inflate(ReadOnlyMemory<byte> data, byte[] buffer, long budget)
    {
        long produced = 0;
        try
        {
            using var zlib = new ZLibStream(new ReadOnlyMemoryStream(data), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                produced += read;
                if (produced > budget) break;
            }
        }
        catch (InvalidDataException)
        {
            // Not deflate after all, or damaged: PdfPig decides what that means.
        }
        return produced;
    }
}
