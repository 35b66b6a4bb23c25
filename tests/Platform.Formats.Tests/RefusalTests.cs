using System.Text;
using Platform.Testing.Documents;

namespace Platform.Formats.Tests;

/// <summary>Every unusable document gets its named problem and no text: nothing half-read reaches the parser.</summary>
public sealed class RefusalTests
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static TheoryData<string, Func<byte[]>, string?, string?, string> Refused => new()
    {
        { "empty file", () => [], "application/pdf", "a.pdf", "empty-body" },
        { "pdf, blank page", ProblemDocuments.BlankPdf, "application/pdf", null, "empty-body" },
        { "pdf, scanned image only", ProblemDocuments.ImageOnlyPdf, "application/pdf", null, "no-text-layer" },
        { "pdf, encrypted", () => ProblemDocuments.Encrypted(ProblemDocuments.LatinPdf()), "application/pdf", null, "encrypted-document" },
        { "pdf, truncated", () => ProblemDocuments.Truncated(ProblemDocuments.LatinPdf()), null, null, "malformed-document" },
        { "pdf, garbage between header and trailer", ProblemDocuments.GarbagePdf, "application/pdf", null, "malformed-document" },
        { "pdf declared, text sent", () => Encoding.UTF8.GetBytes("首都精神文明建设情况简报"), "application/pdf", null, "malformed-document" },
        { "docx, no document part", ProblemDocuments.WordWithoutDocument, Docx, "a.docx", "malformed-document" },
        { "docx, truncated", () => BulletinDocx.Write(Blocks(), new DocxLayout())[..300], Docx, null, "malformed-document" },
        { "docx, encrypted", ProblemDocuments.EncryptedWord, "application/octet-stream", "a.docx", "encrypted-document" },
        { "docx, empty document", () => BulletinDocx.Write([], new DocxLayout()), Docx, null, "empty-body" },
        { "docx named, text sent", () => Encoding.UTF8.GetBytes("正文"), null, "bulletin.docx", "malformed-document" },
        { "legacy .doc", ProblemDocuments.LegacyWord, "application/msword", "a.doc", "unsupported-format" },
        { "png image", () => ProblemDocuments.GrayPng(4, 4), "image/png", null, "binary-body" },
        { "rtf", () => Encoding.ASCII.GetBytes("{\\rtf1\\ansi hello}"), null, null, "unsupported-format" },
        { "html, 200,000 nested divs", () => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 200_000)) + "正文"), "text/html", null, "document-too-complex" },
        { "html, 100,000 divs between stray end tags", () => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div></i>", 100_000)) + "正文"), "text/html", null, "document-too-complex" },
        { "html, 100,000 spans each closing a div never opened", () => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<span></div>", 100_000)) + "正文"), "text/html", null, "document-too-complex" },
        { "html, utf-7 declared", () => Encoding.ASCII.GetBytes("<html><body>+ZeVnLA-</body></html>"), "text/html; charset=utf-7", null, "unsupported-charset" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Unusable_document_is_refused_with_its_named_problem(string label, Func<byte[]> make, string? contentType, string? fileName, string problem)
    {
        ArgumentNullException.ThrowIfNull(make);
        var (document, refusal) = DocumentExtractor.Extract(make(), contentType, fileName);
        Assert.True(refusal is not null, $"{label}: extracted {document?.Text.Length} characters");
        Assert.Null(document);
        Assert.Equal(problem, refusal.ProblemType);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Detail));
    }

    [Fact]
    public void Legacy_word_refusal_names_the_format()
    {
        var (_, problem) = DocumentExtractor.Extract(ProblemDocuments.LegacyWord(), null, "简报.doc");
        Assert.Contains(".doc", problem!.Detail, StringComparison.Ordinal);
        Assert.Contains("Word 97-2003", problem.Detail, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<byte[]>, string, FormatLimits, string> OverLimits => new()
    {
        { "pdf pages", () => ProblemDocuments.LatinPdf(pages: 3), "application/pdf", new FormatLimits(MaxPages: 2), "document-too-large" },
        { "pdf text", () => ProblemDocuments.LatinPdf(pages: 3), "application/pdf", new FormatLimits(MaxTextChars: 60), "document-too-large" },
        { "pdf decompressed", () => BulletinPdf.Write(Blocks(), new PdfLayout()), "application/pdf", new FormatLimits(MaxDecompressedBytes: 4096), "document-too-large" },
        { "docx decompressed", () => BulletinDocx.Write(Blocks(), new DocxLayout()), Docx, new FormatLimits(MaxDecompressedBytes: 4096), "document-too-large" },
        { "docx text", () => BulletinDocx.Write(Blocks(), new DocxLayout()), Docx, new FormatLimits(MaxTextChars: 1000), "document-too-large" },
        { "html depth", () => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50)) + "正文</body></html>"), "text/html", new FormatLimits(MaxHtmlDepth: 40), "document-too-complex" },
        { "html elements", () => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<p>正文", 1_200)) + "</body></html>"), "text/html", new FormatLimits(MaxHtmlElements: 1_000), "document-too-complex" },
        { "text size", () => Encoding.UTF8.GetBytes(new string('文', 2000)), "text/plain", new FormatLimits(MaxTextChars: 1000), "document-too-large" },
    };

    [Theory]
    [MemberData(nameof(OverLimits))]
    public void Document_over_a_limit_is_refused(string label, Func<byte[]> make, string contentType, FormatLimits limits, string problem)
    {
        ArgumentNullException.ThrowIfNull(make);
        var bytes = make();
        Assert.True(DocumentExtractor.Extract(bytes, contentType).Problem is null, $"{label}: refused under the default limits");
        var (document, refusal) = DocumentExtractor.Extract(bytes, contentType, limits: limits);
        Assert.Null(document);
        Assert.Equal(problem, refusal?.ProblemType);
    }

    [Theory]
    [InlineData("<div></i>")]
    [InlineData("<span></div>")]
    [InlineData("<b></p>")]
    public void Stray_end_tags_do_not_hide_nesting_from_the_depth_check(string repeated)
    {
        // Refused by the linear depth check, before a tree builder spends its unbounded time (and CPU past the deadline).
        var html = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(repeated, 100_000)) + "正文");
        var (_, problem) = DocumentExtractor.Extract(html, "text/html");
        Assert.Equal("document-too-complex", problem?.ProblemType);
        Assert.Contains("nests elements", problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_nested_within_the_depth_limit_is_read()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 300)) + "<p>首都精神文明建设情况简报</p>" + string.Concat(Enumerable.Repeat("</div>", 300)) + "</body></html>";
        var (document, problem) = DocumentExtractor.Extract(Encoding.UTF8.GetBytes(html), "text/html");
        Assert.Null(problem);
        Assert.Equal("首都精神文明建设情况简报", document!.Text);
    }

    private static IReadOnlyList<DocumentBlock> Blocks() => BulletinItem.Blocks(SeedTexts.Read("002"));
}
