using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Platform.Testing.Documents;

/// <summary>Documents an intake must refuse by name: encrypted, image-only, blank, broken, legacy.</summary>
public static partial class ProblemDocuments
{
    /// <summary>A one-page PDF with a line of Latin text in a standard font (no embedded font needed).</summary>
    public static byte[] LatinPdf(string text = "Capital civilization bulletin, issue 19", int pages = 1)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i < pages; i++) builder.AddPage(595, 842).AddText(text, 12, new PdfPoint(56, 760), font);
        return builder.Build();
    }

    /// <summary>A PDF whose pages are a scanned image only: no text layer.</summary>
    public static byte[] ImageOnlyPdf()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842).AddPng(GrayPng(64, 64), new PdfRectangle(56, 400, 539, 786));
        return builder.Build();
    }

    /// <summary>A PDF with one blank page.</summary>
    public static byte[] BlankPdf()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842);
        return builder.Build();
    }

    /// <summary>
    /// <paramref name="pdf"/> with an incremental update that encrypts it (standard security handler, RC4 40-bit) under
    /// a user password nobody knows: a reader must ask for the password.
    /// </summary>
    public static byte[] Encrypted(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        var previousXref = long.Parse(StartXref().Matches(text)[^1].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var root = RootRef().Matches(text)[^1].Groups[1].Value;
        var size = int.Parse(SizeEntry().Matches(text)[^1].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder(text);
        if (sb[^1] != '\n') sb.Append('\n');
        var objectOffset = sb.Length;
        var o = new string('A', 64);
        var u = new string('B', 64);
        sb.Append(FormattableString.Invariant($"{size} 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <{o}> /U <{u}> /P -4 >>\nendobj\n"));
        var xref = sb.Length;
        sb.Append(FormattableString.Invariant($"xref\n0 1\n0000000000 65535 f \n{size} 1\n{objectOffset:D10} 00000 n \n"));
        sb.Append(FormattableString.Invariant($"trailer\n<< /Size {size + 1} /Root {root} 0 R /Prev {previousXref} /Encrypt {size} 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] >>\n"));
        sb.Append(FormattableString.Invariant($"startxref\n{xref}\n%%EOF\n"));
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>The first half of a PDF, as a broken download leaves it.</summary>
    public static byte[] Truncated(byte[] pdf) => pdf[..(pdf.Length / 2)];

    /// <summary>A PDF header and trailer around garbage.</summary>
    public static byte[] GarbagePdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\nthis is not a pdf\nstartxref\n12345\n%%EOF\n");

    /// <summary>The start of a Word 97-2003 file: the OLE2 signature and its WordDocument stream name.</summary>
    public static byte[] LegacyWord() =>
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("Root Entry"), .. new byte[64], .. Encoding.Unicode.GetBytes("WordDocument"), .. new byte[64]];

    /// <summary>A password-protected .docx: Office wraps the encrypted package in an OLE2 file.</summary>
    public static byte[] EncryptedWord() =>
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[64], .. Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[64]];

    /// <summary>A ZIP package with a Word content-types entry but no document part.</summary>
    public static byte[] WordWithoutDocument()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open())) w.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            using (var w = new StreamWriter(zip.CreateEntry("word/styles.xml").Open())) w.Write("<styles/>");
        }
        return stream.ToArray();
    }

    /// <summary>A grey PNG: signature, IHDR, one IDAT of unfiltered rows, IEND.</summary>
    public static byte[] GrayPng(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 0, 0, 0, 0]);
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[width + 1];
            Array.Fill(row, (byte)0x80, 1, width);
            for (var y = 0; y < height; y++) z.Write(row);
        }
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        png.Write(BigEndian(data.Length));
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        png.Write(BigEndian((int)Crc32(typed)));
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootRef();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeEntry();
}
