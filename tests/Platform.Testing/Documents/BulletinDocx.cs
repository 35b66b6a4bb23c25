using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.Testing.Documents;

/// <summary>How <see cref="BulletinDocx"/> lays a document out.</summary>
/// <param name="Columns">Text columns of the section.</param>
/// <param name="MastheadInHeader">The masthead goes into the page header, as many offices set it.</param>
/// <param name="FooterInFooter">The distribution list goes into the page footer, beside a page-number field.</param>
public sealed record DocxLayout(int Columns = 1, bool MastheadInHeader = false, bool FooterInFooter = false);

/// <summary>Writes a bulletin as a Word document with the Open XML SDK: one paragraph per block, headlines in the Heading 1 style.</summary>
public static class BulletinDocx
{
    public static byte[] Write(IReadOnlyList<DocumentBlock> blocks, DocxLayout layout)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(layout);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            var section = new SectionProperties();
            if (layout.MastheadInHeader)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(blocks.Where(b => b.Role == BlockRole.Masthead).Select(Paragraph));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            }
            if (layout.FooterInFooter)
            {
                var footer = main.AddNewPart<FooterPart>();
                footer.Footer = new Footer(blocks.Where(b => b.Role == BlockRole.Footer).Select(Paragraph).Append(PageNumber()));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            }
            foreach (var block in blocks)
            {
                if (block.Role == BlockRole.Masthead && layout.MastheadInHeader || block.Role == BlockRole.Footer && layout.FooterInFooter) continue;
                body.Append(Paragraph(block));
            }
            if (layout.Columns > 1) section.Append(new Columns { ColumnCount = (Int16Value)(short)layout.Columns, Space = "425" });
            body.Append(section);
            main.Document = new Document(body);
            document.PackageProperties.Title = "精神文明建设简报";
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(DocumentBlock block)
    {
        var paragraph = new Paragraph();
        if (block.IsHeadline) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }));
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var run = new Run();
            if (i > 0) run.Append(new Break());
            run.Append(new Text(block.Lines[i].Text) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }
        return paragraph;
    }

    /// <summary>"第 1 页" with the number as a PAGE field: its code must never reach the text.</summary>
    private static Paragraph PageNumber() => new(
        new Run(new Text("第 ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        new Run(new Text(" 页") { Space = SpaceProcessingModeValues.Preserve }));

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" },
                new StyleRunProperties(new Bold(), new FontSize { Val = "32" })) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
    }
}
