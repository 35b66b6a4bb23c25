using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Platform.Formats.Pdf;

/// <summary>
/// The text blocks of one page: PdfPig groups letters into words (nearest neighbour) and words into lines and
/// blocks (Docstrum); a block Docstrum merged across a column gutter (a spanning headline glued to the columns
/// under it) is split back into its columns here, so <see cref="ColumnOrder"/> sees one column per block.
/// </summary>
internal static class PdfPageReader
{
    public static IReadOnlyList<IReadOnlyList<PdfLine>> Blocks(Page page, out int horizontalLetters, out int otherLetters)
    {
        var letters = new List<Letter>(page.Letters.Count);
        otherLetters = 0;
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation == TextOrientation.Horizontal) letters.Add(letter);
            else if (!string.IsNullOrWhiteSpace(letter.Value)) otherLetters++;
        }
        horizontalLetters = letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
        if (horizontalLetters == 0) return [];
        var words = NearestNeighbourWordExtractor.Instance.GetWords(letters);
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var result = new List<IReadOnlyList<PdfLine>>(blocks.Count);
        foreach (var block in blocks)
        {
            var lines = block.TextLines.Select(ToLine).Where(l => l.Text.Length > 0).OrderByDescending(l => l.Bounds.Top).ToList();
            if (lines.Count > 0) result.AddRange(SplitAcrossGutters(lines));
        }
        return result;
    }

    private static PdfLine ToLine(TextLine line)
    {
        var letters = line.Words.SelectMany(w => w.Letters).OrderBy(l => l.StartBaseLine.X).ToList();
        var sb = new StringBuilder(letters.Count);
        var sizes = new Dictionary<double, int>();
        var bold = 0;
        var visible = 0;
        Letter? previous = null;
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                continue;
            }
            // A gap of a quarter em between letters is a space the PDF positioned instead of printing.
            if (previous is not null && sb.Length > 0 && sb[^1] != ' '
                && letter.StartBaseLine.X - previous.EndBaseLine.X > 0.25 * Math.Max(letter.PointSize, 1))
            {
                sb.Append(' ');
            }
            sb.Append(letter.Value);
            var size = Math.Round(letter.PointSize * 2) / 2;
            sizes[size] = sizes.GetValueOrDefault(size) + 1;
            if (IsBoldFace(letter)) bold++;
            visible++;
            previous = letter;
        }
        var box = line.BoundingBox;
        var fontSize = sizes.Count == 0 ? 0 : sizes.MaxBy(kv => kv.Value).Key;
        return new PdfLine(sb.ToString().Trim(), new Box(box.Left, box.Bottom, box.Right, box.Top), fontSize, visible > 0 && bold * 2 > visible);
    }

    private static bool IsBoldFace(Letter letter)
    {
        if (letter.FontDetails is { } details && (details.IsBold || details.Weight >= 600)) return true;
        var name = letter.FontName ?? "";
        return name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase) || name.Contains("Demi", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Lines that sit side by side (overlapping heights, disjoint widths) belong to different columns. Those are
    /// grouped by horizontal overlap; a line over several groups (or none) stands alone.
    /// </summary>
    private static IEnumerable<IReadOnlyList<PdfLine>> SplitAcrossGutters(List<PdfLine> lines)
    {
        var n = lines.Count;
        var sideBySide = new bool[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var a = lines[i].Bounds;
                var b = lines[j].Bounds;
                if (a.VerticalOverlap(b) > 0.5 * Math.Min(a.Height, b.Height) && !a.OverlapsHorizontally(b)) sideBySide[i] = sideBySide[j] = true;
            }
        }
        if (!sideBySide.Contains(true))
        {
            yield return lines;
            yield break;
        }
        var group = new int[n];
        Array.Fill(group, -1);
        var groups = new List<List<int>>();
        for (var i = 0; i < n; i++)
        {
            if (!sideBySide[i]) continue;
            var home = groups.FindIndex(g => g.Any(k => lines[k].Bounds.OverlapsHorizontally(lines[i].Bounds)));
            if (home < 0)
            {
                groups.Add([]);
                home = groups.Count - 1;
            }
            groups[home].Add(i);
            group[i] = home;
        }
        var alone = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (sideBySide[i]) continue;
            var touching = groups.Select((g, k) => (g, k)).Where(x => x.g.Any(m => lines[m].Bounds.OverlapsHorizontally(lines[i].Bounds))).Select(x => x.k).ToList();
            if (touching.Count == 1) groups[touching[0]].Add(i);
            else alone.Add(i);
        }
        foreach (var g in groups) yield return g.Order().Select(i => lines[i]).ToList();
        foreach (var i in alone) yield return [lines[i]];
    }
}
