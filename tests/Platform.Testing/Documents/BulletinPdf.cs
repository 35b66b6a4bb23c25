using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Platform.Testing.Documents;

/// <summary>How <see cref="BulletinPdf"/> sets a page.</summary>
/// <param name="Columns">Text columns per page; the masthead spans them all on the first page.</param>
/// <param name="Newspaper">Paragraphs marked by a first-line indent without extra space (newspaper style) instead of a gap (briefing style).</param>
/// <param name="RunningHead">Printed in the top margin of every page after the first.</param>
public sealed record PdfLayout(int Columns = 1, bool Newspaper = false, string? RunningHead = null);

/// <summary>
/// Typesets a bulletin as a PDF with PdfPig's builder and a Chinese TrueType font (<see cref="CjkFont"/>): text
/// flows column by column and page by page, lines wrap at the column edge (Chinese anywhere, Latin at spaces),
/// headlines are set larger and kept with their text, pages carry "- n -" numbers.
/// </summary>
public sealed class BulletinPdf
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Margin = 56;
    private const double Gutter = 20;
    private const double BodySize = 10.5;
    private const double HeadlineSize = 15;
    private const double Leading = 1.5;
    // PdfPig writes simple TrueType fonts: at most 255 characters each, so the font is added once per 250.
    private const int CharactersPerFont = 250;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfLayout _layout;
    private readonly List<PdfDocumentBuilder.AddedFont> _fonts = [];
    private readonly Dictionary<char, int> _fontOf = [];
    private readonly Dictionary<(char, double), double> _widths = [];
    private PdfPageBuilder _page = null!;
    private int _pageNumber;
    private int _column;
    private double _top;
    private double _columnsTop;

    private BulletinPdf(PdfLayout layout) => _layout = layout;

    public static byte[] Write(IReadOnlyList<DocumentBlock> blocks, PdfLayout layout)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(layout);
        var writer = new BulletinPdf(layout);
        writer.NewPage();
        foreach (var block in blocks.Where(b => b.Role == BlockRole.Masthead)) writer.Set(block, 0, PageWidth - 2 * Margin);
        writer._columnsTop = writer._top;
        foreach (var block in blocks.Where(b => b.Role != BlockRole.Masthead)) writer.SetInColumns(block);
        return writer._builder.Build();
    }

    private double ColumnWidth => (PageWidth - 2 * Margin - (_layout.Columns - 1) * Gutter) / _layout.Columns;

    private void NewPage()
    {
        _page = _builder.AddPage(PageWidth, PageHeight);
        _pageNumber++;
        _top = PageHeight - Margin;
        _columnsTop = _top;
        _column = 0;
        var number = $"- {_pageNumber} -";
        Draw(number, 9, (PageWidth - Width(number, 9)) / 2, 30);
        if (_pageNumber > 1 && _layout.RunningHead is { } head) Draw(head, 9, Margin, PageHeight - 34);
    }

    private void NextColumn()
    {
        if (++_column >= _layout.Columns) NewPage();
        _top = _columnsTop;
    }

    private void SetInColumns(DocumentBlock block)
    {
        var width = ColumnWidth;
        var lines = Wrap(block, width);
        var needed = block.IsHeadline ? lines.Sum(l => l.Size * Leading) + 2 * BodySize * Leading + BlockGap(block) : BodySize * Leading + BlockGap(block);
        if (_top - needed < Margin) NextColumn();
        Set(lines, block, Margin + _column * (width + Gutter));
    }

    private void Set(DocumentBlock block, double left, double width) => Set(Wrap(block, width), block, left);

    private void Set(List<(string Text, double Size, bool Indented)> lines, DocumentBlock block, double left)
    {
        if (_top < PageHeight - Margin - 1) _top -= BlockGap(block);
        foreach (var (text, size, indented) in lines)
        {
            var height = size * Leading;
            if (_top - height < Margin)
            {
                NextColumn();
                left = Margin + _column * (ColumnWidth + Gutter);
            }
            _top -= height;
            Draw(text, size, left + (indented ? 2 * size : 0), _top + (height - size) / 2);
        }
        if (block.IsHeadline) _top -= 0.4 * HeadlineSize;
    }

    private double BlockGap(DocumentBlock block) => block.IsHeadline ? 0.6 * HeadlineSize : _layout.Newspaper ? 0 : 0.9 * BodySize;

    /// <summary>The block's lines wrapped to <paramref name="width"/>, each with its size and whether it is indented.</summary>
    private List<(string Text, double Size, bool Indented)> Wrap(DocumentBlock block, double width)
    {
        var result = new List<(string, double, bool)>();
        var first = true;
        foreach (var line in block.Lines)
        {
            var size = line.Headline ? HeadlineSize : BodySize;
            var indent = _layout.Newspaper && first && !line.Headline;
            var available = width - (indent ? 2 * size : 0);
            var current = "";
            foreach (var token in Tokens(line.Text))
            {
                if (current.Length == 0 && token == " ") continue;
                if (Width(current + token, size) <= available)
                {
                    current += token;
                    continue;
                }
                if (current.Length > 0)
                {
                    result.Add((current.TrimEnd(), size, indent));
                    indent = false;
                    available = width;
                }
                current = token == " " ? "" : token;
                while (Width(current, size) > available)
                {
                    var fit = current.Length - 1;
                    while (fit > 1 && Width(current[..fit], size) > available) fit--;
                    result.Add((current[..fit], size, indent));
                    indent = false;
                    available = width;
                    current = current[fit..];
                }
            }
            if (current.Length > 0) result.Add((current.TrimEnd(), size, indent));
            first = false;
        }
        return result;
    }

    /// <summary>Break opportunities: every Chinese character and punctuation mark; Latin words and numbers stay whole.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '@' or '.' or '_' or '%' or '+' or '-' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '@' or '.' or '_' or '%' or '+' or '-')) i++;
                yield return text[start..i];
            }
            else
            {
                yield return text[i].ToString();
                i++;
            }
        }
    }

    private double Width(string text, double size)
    {
        var width = 0.0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                width += 0.5 * size;
                continue;
            }
            if (!_widths.TryGetValue((c, size), out var w))
            {
                var letters = _page.MeasureText(c.ToString(), size, new PdfPoint(0, 0), FontFor(c));
                w = letters.Count == 0 ? size : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
                _widths[(c, size)] = w;
            }
            width += w;
        }
        return width;
    }

    /// <summary>Draws runs of characters that share a font instance; spaces are left as gaps, as many PDFs do.</summary>
    private void Draw(string text, double size, double x, double y)
    {
        var run = new System.Text.StringBuilder();
        PdfDocumentBuilder.AddedFont? runFont = null;
        var runX = x;
        void Flush()
        {
            if (run.Length == 0) return;
            _page.AddText(run.ToString(), size, new PdfPoint(runX, y), runFont!);
            runX += Width(run.ToString(), size);
            run.Clear();
        }
        foreach (var c in text)
        {
            if (c == ' ')
            {
                Flush();
                runX += 0.5 * size;
                continue;
            }
            var font = FontFor(c);
            if (!ReferenceEquals(font, runFont)) Flush();
            runFont = font;
            run.Append(c);
        }
        Flush();
    }

    private PdfDocumentBuilder.AddedFont FontFor(char c)
    {
        if (!_fontOf.TryGetValue(c, out var index))
        {
            if (_fonts.Count == 0 || _fontOf.Count(kv => kv.Value == _fonts.Count - 1) >= CharactersPerFont) _fonts.Add(_builder.AddTrueTypeFont(CjkFont.Bytes));
            index = _fonts.Count - 1;
            _fontOf[c] = index;
        }
        return _fonts[index];
    }
}
