using System.Text;

namespace Platform.Formats.Pdf;

/// <summary>
/// Turns blocks of lines in reading order into paragraphs. Inside a block a line that reaches the column's right
/// edge wrapped and joins the next (<see cref="LineJoiner"/>); a short line ends with a line break; an indented
/// line, a wider gap or a change of type starts a paragraph. A paragraph cut by a column or page end continues in
/// the next block when the cut line is full, ends mid-sentence, and the next block starts flush in a column as wide.
/// </summary>
internal static class PdfParagraphs
{
    private const string SentenceEnds = "。！？!?”\"’）)】」』:：;；…";

    public static List<(string Text, bool Headline)> Compose(IEnumerable<IReadOnlyList<PdfLine>> orderedBlocks, double bodySize, bool bodyBold)
    {
        var paragraphs = new List<(string, bool)>();
        var current = new StringBuilder();
        var currentHeadline = false;
        PdfLine? previous = null;
        IReadOnlyList<PdfLine>? previousBlock = null;
        var previousBox = default(Box);
        foreach (var block in orderedBlocks)
        {
            var box = block.Select(l => l.Bounds).Aggregate((a, b) => a.Union(b));
            var leading = MedianGap(block);
            for (var i = 0; i < block.Count; i++)
            {
                var line = block[i];
                var headline = IsHeadline(line, bodySize, bodyBold);
                var join = previous is null ? Join.Paragraph
                    : i == 0 ? (Continues(previous, previousBlock!, previousBox, line, box) ? Join.Wrap : Join.Paragraph)
                    : Decide(previous, currentHeadline, line, headline, box, leading);
                switch (join)
                {
                    case Join.Wrap:
                        LineJoiner.Append(current, line.Text);
                        break;
                    case Join.LineBreak:
                        current.Append('\n').Append(line.Text);
                        break;
                    default:
                        if (current.Length > 0) paragraphs.Add((current.ToString(), currentHeadline));
                        current.Clear().Append(line.Text);
                        currentHeadline = headline;
                        break;
                }
                previous = line;
            }
            previousBlock = block;
            previousBox = box;
        }
        if (current.Length > 0) paragraphs.Add((current.ToString(), currentHeadline));
        return paragraphs;
    }

    public static bool IsHeadline(PdfLine line, double bodySize, bool bodyBold) =>
        line.FontSize >= bodySize * 1.15 || line.Bold && !bodyBold && line.FontSize >= bodySize * 0.95;

    private enum Join
    {
        Wrap,
        LineBreak,
        Paragraph,
    }

    private static Join Decide(PdfLine previous, bool previousHeadline, PdfLine line, bool headline, Box block, double? leading)
    {
        var size = Math.Max(line.FontSize, 1);
        if (headline != previousHeadline || Math.Abs(line.FontSize - previous.FontSize) > 0.1 * Math.Max(line.FontSize, previous.FontSize)) return Join.Paragraph;
        var full = block.Right - previous.Bounds.Right < 1.2 * size;
        // A multi-line headline is often centred: only its wrapped lines join, its other breaks are the author's.
        if (headline) return full ? Join.Wrap : Join.LineBreak;
        var gap = previous.Bounds.Bottom - line.Bounds.Top;
        if (leading is { } l && gap > l + 0.5 * size) return Join.Paragraph;
        if (line.Bounds.Left - block.Left > 0.8 * size) return Join.Paragraph;
        return full ? Join.Wrap : Join.LineBreak;
    }

    private static bool Continues(PdfLine previous, IReadOnlyList<PdfLine> previousBlock, Box previousBox, PdfLine line, Box box)
    {
        if (previousBlock.Count < 2 || Math.Abs(line.FontSize - previous.FontSize) > 0.1 * Math.Max(line.FontSize, previous.FontSize)) return false;
        if (previous.Bold != line.Bold) return false;
        var size = Math.Max(line.FontSize, 1);
        if (previousBox.Right - previous.Bounds.Right >= 1.2 * size) return false;
        if (SentenceEnds.Contains(previous.Text[^1], StringComparison.Ordinal)) return false;
        if (line.Bounds.Left - box.Left > 0.8 * size) return false;
        return Math.Abs(previousBox.Width - box.Width) < 0.1 * previousBox.Width;
    }

    private static double? MedianGap(IReadOnlyList<PdfLine> block)
    {
        if (block.Count < 2) return null;
        var gaps = new double[block.Count - 1];
        for (var i = 1; i < block.Count; i++) gaps[i - 1] = block[i - 1].Bounds.Bottom - block[i].Bounds.Top;
        Array.Sort(gaps);
        return gaps[gaps.Length / 2];
    }
}
