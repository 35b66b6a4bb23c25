using System.Text;
using Platform.Testing.Documents;

namespace Platform.Formats.Tests;

/// <summary>
/// Every seed typeset as PDF (briefing style in one column, newspaper style in two), as DOCX (plain, two columns,
/// masthead and distribution list in header and footer) and as a web page with site chrome (one and two columns)
/// must give the parser the same items as its plain text.
/// </summary>
public sealed class SameItemsInEveryFormatTests
{
    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var seed in SeedTexts.Names)
            {
                foreach (var variant in Variants.Keys) data.Add(seed, variant);
            }
            return data;
        }
    }

    private static readonly Dictionary<string, Func<IReadOnlyList<DocumentBlock>, (byte[] Bytes, string ContentType)>> Variants = new()
    {
        ["pdf, one column"] = b => (BulletinPdf.Write(b, new PdfLayout(RunningHead: "精神文明建设简报")), "application/pdf"),
        ["pdf, two columns"] = b => (BulletinPdf.Write(b, new PdfLayout(Columns: 2, Newspaper: true, RunningHead: "精神文明报")), "application/pdf"),
        ["docx, one column"] = b => (BulletinDocx.Write(b, new DocxLayout()), Docx),
        ["docx, two columns"] = b => (BulletinDocx.Write(b, new DocxLayout(Columns: 2)), Docx),
        ["docx, header and footer"] = b => (BulletinDocx.Write(b, new DocxLayout(MastheadInHeader: true, FooterInFooter: true)), Docx),
        ["html, one column"] = b => (Encoding.UTF8.GetBytes(BulletinHtml.Write(b)), "text/html"),
        ["html, two columns"] = b => (Encoding.UTF8.GetBytes(BulletinHtml.Write(b, columns: 2)), "text/html"),
    };

    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Theory]
    [MemberData(nameof(Cases))]
    public void Seed_gives_the_same_items_as_its_plain_text(string seed, string variant)
    {
        var text = SeedTexts.Read(seed);
        var (bytes, contentType) = Variants[variant](BulletinItem.Blocks(text));
        var (document, problem) = DocumentExtractor.Extract(bytes, contentType);
        Assert.True(problem is null, problem?.Detail);
        Assert.Equal(BulletinItem.Of(text), BulletinItem.Of(document!.Text));
    }
}
