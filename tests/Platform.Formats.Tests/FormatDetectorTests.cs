using System.Text;
using Platform.Testing.Documents;

namespace Platform.Formats.Tests;

public sealed class FormatDetectorTests
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static TheoryData<string, Func<byte[]>, string?, string?, InputFormat> Cases => new()
    {
        { "text", () => Encoding.UTF8.GetBytes("首都精神文明"), null, null, InputFormat.Text },
        { "text declared html", () => Encoding.UTF8.GetBytes("首都精神文明"), "text/html", null, InputFormat.Html },
        { "html sniffed", () => Encoding.UTF8.GetBytes("  <!DOCTYPE html><html></html>"), "application/octet-stream", null, InputFormat.Html },
        { "html by name", () => Encoding.UTF8.GetBytes("<p>首都</p>"), null, "page.htm", InputFormat.Html },
        { "pdf, magic wins over a wrong type", () => ProblemDocuments.LatinPdf(), "text/plain", null, InputFormat.Pdf },
        { "pdf after junk", () => [.. Encoding.ASCII.GetBytes("junk\n"), .. ProblemDocuments.LatinPdf()], null, null, InputFormat.Pdf },
        { "docx undeclared", () => BulletinDocx.Write([], new DocxLayout()), null, null, InputFormat.Docx },
        { "docx as octet-stream named .bin", () => BulletinDocx.Write([], new DocxLayout()), "application/octet-stream", "x.bin", InputFormat.Docx },
        { "legacy doc", ProblemDocuments.LegacyWord, null, null, InputFormat.Unsupported },
        { "encrypted docx", ProblemDocuments.EncryptedWord, Docx, null, InputFormat.Encrypted },
        { "png", () => ProblemDocuments.GrayPng(2, 2), null, null, InputFormat.Binary },
        { "nul bytes", () => [0x41, 0, 0x42], null, null, InputFormat.Binary },
        { "utf-16 with BOM is text", () => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("首都")], null, null, InputFormat.Text },
        { "declared pdf, text inside", () => Encoding.UTF8.GetBytes("首都"), "application/pdf", null, InputFormat.Mismatched },
        { "named .docx, text inside", () => Encoding.UTF8.GetBytes("首都"), null, "a.docx", InputFormat.Mismatched },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_is_told_by_magic_bytes_then_content_type_then_name(string label, Func<byte[]> make, string? contentType, string? fileName, InputFormat format)
    {
        ArgumentNullException.ThrowIfNull(make);
        Assert.True(format == FormatDetector.Detect(make(), contentType, fileName).Format, label);
    }
}
