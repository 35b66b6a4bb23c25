using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;

namespace Platform.Formats.Pdf;

/// <summary>
/// The text blocks of one page. Lines are built here from the letters' baselines and advance widths: Chinese has
/// no spaces, so word-based line finding sees whole lines as single "words" whose centres line up with the short
/// line under them, and glyph boxes of Chinese characters vary too much for letter-based finding. The lines are
/// then grouped into blocks by PdfPig's Docstrum segmenter (its structural blocking step); a block merged across
/// a column gutter is split back into its columns, so <see cref="ColumnOrder"/> sees one column per block.
/// </summary>
internal static class PdfPageReader
{
    private static readonly DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions Docstrum = new();

    public static IReadOnlyList<IReadOnlyList<PdfLine>> Blocks(Page page, out int horizontalLetters, out int otherLetters)
    {
        var letters = new List<Letter>(page.Letters.Count);
        otherLetters = 0;
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value)) continue;
            if (letter.TextOrientation == TextOrientation.Horizontal) letters.Add(letter);
            else otherLetters++;
        }
        horizontalLetters = letters.Count;
        if (letters.Count == 0) return [];
        var lines = Lines(letters);
        var byTextLine = new Dictionary<TextLine, PdfLine>(ReferenceEqualityComparer.Instance);
        foreach (var (segment, line) in lines) byTextLine[segment] = line;
        var blocks = DocstrumBoundingBoxes.GetStructuralBlocks(lines.Select(l => l.Segment).ToList(), 1.3 * Pitch(lines.Select(l => l.Line).ToList()),
            Docstrum.AngularDifferenceBounds, Docstrum.Epsilon, "\n", 1).ToList();
        var result = new List<IReadOnlyList<PdfLine>>(blocks.Count);
        foreach (var block in blocks)
        {
            var blockLines = block.TextLines.Select(t => byTextLine[t]).OrderByDescending(l => l.Bounds.Top).ToList();
            result.AddRange(SplitAcrossGutters(blockLines));
        }
        return result;
    }

    /// <summary>
    /// Letters on one baseline, split where the gap to the next letter is wider than an em (a column gutter; spaces
    /// between words are narrower).
    /// </summary>
    private static List<(TextLine Segment, PdfLine Line)> Lines(List<Letter> letters)
    {
        var result = new List<(TextLine, PdfLine)>();
        var byBaseline = letters.OrderByDescending(l => l.StartBaseLine.Y).ToList();
        var row = new List<Letter>();
        var rowY = double.NaN;
        foreach (var letter in byBaseline.Append(null))
        {
            if (letter is not null && (row.Count == 0 || Math.Abs(letter.StartBaseLine.Y - rowY) <= 0.35 * Math.Max(letter.PointSize, row[0].PointSize)))
            {
                if (row.Count == 0) rowY = letter.StartBaseLine.Y;
                row.Add(letter);
                continue;
            }
            row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            var start = 0;
            for (var i = 1; i <= row.Count; i++)
            {
                if (i < row.Count && row[i].StartBaseLine.X - row[i - 1].EndBaseLine.X <= 1.0 * Math.Max(row[i].PointSize, 1)) continue;
                var segment = row.GetRange(start, i - start);
                result.Add((new TextLine([new Word(segment)], " "), ToLine(segment)));
                start = i;
            }
            row.Clear();
            if (letter is not null)
            {
                row.Add(letter);
                rowY = letter.StartBaseLine.Y;
            }
        }
        return result;
    }

    /// <summary>The usual distance between the baselines of neighbouring lines in one column.</summary>
    private static double Pitch(List<PdfLine> lines)
    {
        var pitches = new List<double>();
        foreach (var line in lines)
        {
            var below = lines.Where(o => o.Bounds.Top < line.Bounds.Bottom + 0.5 * line.FontSize && o.Bounds.Bottom < line.Bounds.Bottom && o.Bounds.OverlapsHorizontally(line.Bounds))
                .MaxBy(o => o.Bounds.Top);
            if (below is not null) pitches.Add(line.Bounds.Bottom - below.Bounds.Bottom);
        }
        if (pitches.Count == 0) return Math.Max(lines.Max(l => l.FontSize) * 1.5, 1);
        pitches.Sort();
        return pitches[pitches.Count / 2];
    }

    private static PdfLine ToLine(List<Letter> letters)
    {
        var sb = new StringBuilder(letters.Count);
        var sizes = new Dictionary<double, int>();
        var bold = 0;
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            // A gap of a quarter em between letters is a space the PDF positioned instead of printing.
            if (i > 0 && letter.StartBaseLine.X - letters[i - 1].EndBaseLine.X > 0.25 * Math.Max(letter.PointSize, 1)) sb.Append(' ');
            sb.Append(letter.Value);
            var size = Math.Round(letter.PointSize * 2) / 2;
            sizes[size] = sizes.GetValueOrDefault(size) + 1;
            if (IsBoldFace(letter)) bold++;
        }
        var left = letters.Min(l => Math.Min(l.StartBaseLine.X, l.BoundingBox.Left));
        var right = letters.Max(l => Math.Max(l.EndBaseLine.X, l.BoundingBox.Right));
        var bottom = letters.Min(l => l.BoundingBox.Bottom);
        var top = letters.Max(l => l.BoundingBox.Top);
        return new PdfLine(sb.ToString(), new Box(left, bottom, right, top), sizes.MaxBy(kv => kv.Value).Key, bold * 2 > letters.Count);
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
        }
        var alone = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (sideBySide[i]) continue;
            var touching = groups.FindAll(g => g.Any(m => lines[m].Bounds.OverlapsHorizontally(lines[i].Bounds)));
            if (touching.Count == 1) touching[0].Add(i);
            else alone.Add(i);
        }
        foreach (var g in groups) yield return g.Order().Select(i => lines[i]).ToList();
        foreach (var i in alone) yield return [lines[i]];
    }
}
