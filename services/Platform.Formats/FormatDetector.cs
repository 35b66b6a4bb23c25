using System.IO.Compression;
using System.Text;

namespace Platform.Formats;

/// <summary>
/// Tells the format of a body from its magic bytes first (they cannot lie about what a parser will face), then its
/// declared content type, then its file name. A body declared as PDF or Word whose bytes are not is
/// <see cref="InputFormat.Mismatched"/>: reading it as text would store garbage.
/// </summary>
public static class FormatDetector
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static DetectedFormat Detect(ReadOnlySpan<byte> bytes, string? contentType, string? fileName)
    {
        var mediaType = ContentTypeHeader.MediaType(contentType);
        var extension = fileName is null ? null : Path.GetExtension(fileName).ToLowerInvariant();
        // A PDF header may follow up to 1 KiB of junk (PDF 32000-1 §7.5.2 readers accept it).
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf(PdfMagic) >= 0) return new(InputFormat.Pdf, "PDF");
        if (bytes.StartsWith(CompoundFileMagic)) return CompoundFile(bytes);
        if (bytes is [0x50, 0x4B, 0x03, 0x04, ..]) return Zip(bytes);
        if (bytes.StartsWith("{\\rtf"u8)) return new(InputFormat.Unsupported, "Rich Text Format (.rtf)");
        if (KnownBinary(bytes) is { } binary) return new(InputFormat.Binary, binary);
        if (mediaType is "application/pdf" || extension is ".pdf") return new(InputFormat.Mismatched, "PDF");
        if (mediaType is DocxType || extension is ".docx") return new(InputFormat.Mismatched, "Word document (.docx)");
        if (mediaType is "application/msword" || extension is ".doc") return new(InputFormat.Mismatched, "Word document (.doc)");
        if (bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0) >= 0 && !HasUtf16Bom(bytes))
        {
            return new(InputFormat.Binary, "binary data (NUL bytes)");
        }
        if (mediaType is "text/html" or "application/xhtml+xml" || extension is ".html" or ".htm" or ".xhtml") return new(InputFormat.Html, "HTML");
        if (mediaType is null or "application/octet-stream" or "text/plain" && SniffHtml(bytes)) return new(InputFormat.Html, "HTML");
        return new(InputFormat.Text, "text");
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> b) => b is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];

    private static string? KnownBinary(ReadOnlySpan<byte> b) => b switch
    {
        [0x89, 0x50, 0x4E, 0x47, ..] => "PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "JPEG image",
        [0x47, 0x49, 0x46, 0x38, ..] => "GIF image",
        [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => "TIFF image",
        [0x1F, 0x8B, ..] => "gzip archive",
        [0x7F, 0x45, 0x4C, 0x46, ..] => "ELF executable",
        [0x4D, 0x5A, ..] => "Windows executable",
        _ => null,
    };

    /// <summary>
    /// An OLE2 compound file: a legacy Office document, or an encrypted Office Open XML one (Office wraps the
    /// encrypted package in OLE2). Its directory names are UTF-16: a byte search finds them without parsing.
    /// </summary>
    private static DetectedFormat CompoundFile(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0) return new(InputFormat.Encrypted, "password-protected Office document");
        if (bytes.IndexOf(Encoding.Unicode.GetBytes("WordDocument")) >= 0) return new(InputFormat.Unsupported, "legacy Word 97-2003 document (.doc)");
        if (bytes.IndexOf(Encoding.Unicode.GetBytes("Workbook")) >= 0) return new(InputFormat.Unsupported, "legacy Excel workbook (.xls)");
        if (bytes.IndexOf(Encoding.Unicode.GetBytes("PowerPoint Document")) >= 0) return new(InputFormat.Unsupported, "legacy PowerPoint presentation (.ppt)");
        return new(InputFormat.Unsupported, "OLE2 compound document (legacy Office format)");
    }

    /// <summary>A ZIP package: only its central directory (entry names) is read here.</summary>
    private static DetectedFormat Zip(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            var names = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("word/document.xml") || names.Contains("[Content_Types].xml") && names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase)))
            {
                return new(InputFormat.Docx, "Word document (.docx)");
            }
            if (names.Any(n => n.StartsWith("xl/", StringComparison.OrdinalIgnoreCase))) return new(InputFormat.Unsupported, "Excel workbook (.xlsx)");
            if (names.Any(n => n.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase))) return new(InputFormat.Unsupported, "PowerPoint presentation (.pptx)");
            if (names.Contains("mimetype") && names.Contains("content.xml")) return new(InputFormat.Unsupported, "OpenDocument file (.odt/.ods/.odp)");
            return new(InputFormat.Binary, "ZIP archive");
        }
        catch (InvalidDataException)
        {
            return new(InputFormat.Mismatched, "ZIP package (.docx)");
        }
    }

    private static bool SniffHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', '?', ' ', '\t', '\r', '\n').ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal);
    }
}
