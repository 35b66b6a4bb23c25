using Platform.Formats;
using Platform.Parsing;
using Platform.Testing.Documents;

namespace Platform.Cli.Tests;

/// <summary>
/// The headline hints a document's layout gives (large PDF type, DOCX heading styles) reach the parser through the one
/// processing path of <c>platform process</c> and <c>eval</c>, and decide a title the page text alone would not.
/// </summary>
public sealed class HeadlineHintProcessingTests
{
    // Clause commas: as a plain text line it reads as body text.
    private const string Headline = "凝心聚力，共建共享，打造文明城市新标杆";

    private static readonly IReadOnlyList<DocumentBlock> Page =
    [
        new([new DocumentLine(Headline, true)], BlockRole.Body),
        new([new DocumentLine("本报讯(张三)近日,市文明办组织志愿者走进社区开展文明实践活动,为居民提供义诊、理发、家电维修等服务。", false)], BlockRole.Body),
        new([new DocumentLine("活动现场气氛热烈,志愿者们耐心细致地为群众服务,赢得了居民的一致好评。", false)], BlockRole.Body),
        new([new DocumentLine("下一步,该市将持续推进志愿服务常态化,让文明新风吹进千家万户。", false)], BlockRole.Body),
    ];

    public static TheoryData<string> Layouts => new() { "pdf, two columns", "docx" };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Headline_set_large_or_as_a_heading_is_the_title(string layout)
    {
        var (bytes, contentType) = layout.StartsWith("pdf", StringComparison.Ordinal)
            ? (BulletinPdf.Write(Page, new PdfLayout(Columns: 2, Newspaper: true)), "application/pdf")
            : (BulletinDocx.Write(Page, new DocxLayout()), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        var processed = new BulletinProcessor().Process(bytes, contentType, null);

        Assert.Null(processed.Failure);
        Assert.Equal(Headline, processed.Articles[0].Title);
        // The same text without its layout: the headline is not taken as a title.
        var (extracted, _) = DocumentExtractor.Extract(bytes, contentType);
        var plain = new BulletinParser().Parse(extracted!.Text, new ParseContext("0000000000000000", "test", "0", DateTimeOffset.UnixEpoch));
        Assert.DoesNotContain(plain.Articles, a => a.Title == Headline);
    }
}
