using System.Collections.Concurrent;
using System.Text;
using Platform.Testing.Documents;

namespace Platform.Formats.Tests;

/// <summary>Each seed typeset in each variant once per test run: typesetting a PDF costs more than reading it.</summary>
public static class GeneratedDocuments
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IReadOnlyDictionary<string, Func<IReadOnlyList<DocumentBlock>, (byte[] Bytes, string ContentType)>> Variants { get; } =
        new Dictionary<string, Func<IReadOnlyList<DocumentBlock>, (byte[] Bytes, string ContentType)>>
        {
            ["pdf, one column"] = b => (BulletinPdf.Write(b, new PdfLayout(RunningHead: "精神文明建设简报")), "application/pdf"),
            ["pdf, two columns"] = b => (BulletinPdf.Write(b, new PdfLayout(Columns: 2, Newspaper: true, RunningHead: "精神文明报")), "application/pdf"),
            ["docx, one column"] = b => (BulletinDocx.Write(b, new DocxLayout()), Docx),
            ["docx, two columns"] = b => (BulletinDocx.Write(b, new DocxLayout(Columns: 2)), Docx),
            ["docx, header and footer"] = b => (BulletinDocx.Write(b, new DocxLayout(MastheadInHeader: true, FooterInFooter: true)), Docx),
            ["html, one column"] = b => (Encoding.UTF8.GetBytes(BulletinHtml.Write(b)), "text/html"),
            ["html, two columns"] = b => (Encoding.UTF8.GetBytes(BulletinHtml.Write(b, columns: 2)), "text/html"),
        };

    private static readonly ConcurrentDictionary<(string Seed, string Variant), Lazy<(byte[] Bytes, string ContentType)>> Cache = new();

    public static (byte[] Bytes, string ContentType) Get(string seed, string variant) =>
        Cache.GetOrAdd((seed, variant), key => new Lazy<(byte[], string)>(() => Variants[key.Variant](BulletinItem.Blocks(SeedTexts.Read(key.Seed))))).Value;

    /// <summary>The extracted document; fails the test with the problem's detail when extraction refuses it.</summary>
    public static ExtractedDocument Extracted(string seed, string variant)
    {
        var (bytes, contentType) = Get(seed, variant);
        var (document, problem) = DocumentExtractor.Extract(bytes, contentType);
        Assert.True(problem is null, $"{seed}, {variant}: {problem?.Detail}");
        return document!;
    }
}
