using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using Platform.Testing.Documents;

namespace Platform.Formats.Tests.Docx;

public sealed class DocxTextTests
{
    [Fact]
    public void Header_comes_first_footer_last_and_page_fields_never()
    {
        var blocks = BulletinItem.Blocks(SeedTexts.Read("002"));
        var (document, problem) = DocumentExtractor.Extract(BulletinDocx.Write(blocks, new DocxLayout(MastheadInHeader: true, FooterInFooter: true)), null);
        Assert.Null(problem);
        var text = document!.Text;
        Assert.StartsWith("首都精神文明建设情况简报", text, StringComparison.Ordinal);
        Assert.EndsWith("发:各区委书记、区长、宣传部长,各区文明办,有关新闻单位。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PAGE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("第 1 页", text, StringComparison.Ordinal);
        Assert.Contains(document.Warnings, w => w.Contains("header", StringComparison.Ordinal));
    }

    [Fact]
    public void Heading_styles_become_headline_hints_and_core_properties_the_title()
    {
        var blocks = BulletinItem.Blocks(SeedTexts.Read("002"));
        var (document, _) = DocumentExtractor.Extract(BulletinDocx.Write(blocks, new DocxLayout()), null);
        Assert.Equal(InputFormat.Docx, document!.Format);
        Assert.Null(document.Encoding);
        Assert.Equal(Platform.Contracts.Documents.BulletinFormat.Docx, document.BulletinFormat);
        Assert.Equal("精神文明建设简报", document.Hints.Title);
        Assert.Equal(
            ["海淀区新时代文明实践中心高举旗帜 发动群众共同抗疫", "怀柔区新时代文明实践 科学抗“疫”贡献志愿服务力量", "延庆区依托“3+3+3+4”布局全面深化拓展 新时代文明实践中心建设试点工作"],
            document.Hints.Headlines);
    }

    [Fact]
    public void Tables_are_read_row_by_row_and_layout_tables_cell_by_cell()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Para("工作动态"),
                new Table(Row(Cell(Para("报:")), Cell(Para("中央文明办"))), Row(Cell(Para("送:")), Cell(Para("首都文明委委员")))),
                new Table(Row(
                    Cell(Para("左栏第一段。"), Para("左栏第二段。")),
                    Cell(Para("右栏第一段。"), Para("右栏第二段。")))),
                Para("完")));
        }
        var (document, problem) = DocumentExtractor.Extract(stream.ToArray(), null);
        Assert.Null(problem);
        Assert.Equal("工作动态\n\n报: 中央文明办\n送: 首都文明委委员\n\n左栏第一段。\n\n左栏第二段。\n\n右栏第一段。\n\n右栏第二段。\n\n完", document!.Text);
    }

    [Fact]
    public void Deleted_text_and_field_codes_are_not_text()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(
                new Run(new WordText("海淀区")),
                new DeletedRun(new Run(new DeletedText("删除的"))),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" DATE \\@ \"yyyy\" ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                new Run(new TabChar(), new WordText("文明办")))));
        }
        var (document, _) = DocumentExtractor.Extract(stream.ToArray(), null);
        Assert.Equal("海淀区 文明办", document!.Text);
    }

    private static Paragraph Para(string text) => new(new Run(new WordText(text)));

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(params Paragraph[] paragraphs) => new(paragraphs);
}
