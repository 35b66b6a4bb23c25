using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Platform.Formats.Docx;

/// <summary>
/// The paragraphs of a body, header or footer in reading order: each paragraph one, a heading marked as such, a
/// small data table one paragraph of rows, a layout table (cells holding whole paragraphs) its cells in order.
/// Field codes, deleted text and the fallback copy of text boxes are not text.
/// </summary>
internal sealed class WordBlocks(WordStyles styles, Action checkBudget)
{
    private const int LayoutCellChars = 100;

    public int TablesFlattened { get; private set; }

    public void Collect(OpenXmlElement container, List<(string Text, bool Heading)> into)
    {
        foreach (var child in container.ChildElements)
        {
            checkBudget();
            switch (child)
            {
                case Paragraph paragraph:
                    var text = TextOf(paragraph);
                    if (text.Length > 0) into.Add((text, styles.IsHeading(paragraph)));
                    break;
                case Table table:
                    CollectTable(table, into);
                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock:
                    Collect(child, into);
                    break;
            }
        }
    }

    private void CollectTable(Table table, List<(string Text, bool Heading)> into)
    {
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c =>
        {
            var blocks = new List<(string Text, bool Heading)>();
            Collect(c, blocks);
            return blocks;
        }).ToList()).ToList();
        var layout = rows.SelectMany(r => r).Any(c => c.Count > 1 || c.Sum(b => b.Text.Length) > LayoutCellChars);
        if (layout)
        {
            foreach (var cell in rows.SelectMany(r => r)) into.AddRange(cell);
            return;
        }
        var lines = rows.Select(r => string.Join(' ', r.Select(c => string.Join(' ', c.Select(b => b.Text))).Where(t => t.Length > 0)))
            .Where(l => l.Length > 0).ToList();
        if (lines.Count == 0) return;
        TablesFlattened++;
        into.Add((string.Join('\n', lines), false));
    }

    private static string TextOf(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        Append(paragraph, sb);
        return sb.ToString().Trim(' ', '\u3000', '\n');
    }

    private static void Append(OpenXmlElement element, StringBuilder sb)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case WordText t:
                    sb.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    sb.Append(' ');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                case Paragraph nested:
                    // A text box's paragraph inside this one.
                    if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
                    Append(nested, sb);
                    break;
                case AlternateContentFallback or DeletedRun or FieldCode or DeletedFieldCode:
                    break;
                default:
                    if (child.HasChildren) Append(child, sb);
                    break;
            }
        }
    }
}
