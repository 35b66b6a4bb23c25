using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// Finds hard-wrapped columns: narrow-column OCR breaks body text into lines of one width (12 to 40
/// characters) with no blank line between them, and such lines must be read as one paragraph, never as
/// titles. The width is the length most lines followed directly by another line share (counted in
/// characters, and in display width where Latin letters and digits are half as wide), provided most of those
/// lines hold clause punctuation as body text does; a line of that width followed directly by another line runs
/// on into it.
/// </summary>
internal static class ColumnWrap
{
    private const int MinWidth = 12;
    private const int MaxWidth = 40;
    private const int MinFullLines = 4;

    /// <summary>Sets <see cref="LineMarks.Continues"/> and <see cref="LineMarks.Continuation"/> where a column wraps (in place) and returns the list.</summary>
    /// <param name="lines">All lines of the page.</param>
    /// <param name="simple">The page in simplified characters.</param>
    public static List<PageLine> Mark(List<PageLine> lines, string simple)
    {
        const int start = 0;
        var end = lines.Count;
        var charWidth = ModeWidth(lines, simple, start, end, display: false);
        var displayWidth = ModeWidth(lines, simple, start, end, display: true);
        if (charWidth == 0 && displayWidth == 0) return lines;
        var marked = lines; // marked in place: the list is the caller's own copy of the page's lines
        for (var i = start; i + 1 < end; i++)
        {
            if (marked[i + 1].GapBefore != 0) continue;
            var span = marked[i].Span(simple);
            var full = (charWidth > 0 && Math.Abs(span.Length - charWidth) <= 1) ||
                       (displayWidth > 0 && Math.Abs(Display(span) - displayWidth) <= 2);
            if (!full) continue;
            marked[i] = marked[i] with { Marks = marked[i].Marks | LineMarks.Continues };
            marked[i + 1] = marked[i + 1] with { Marks = marked[i + 1].Marks | LineMarks.Continuation };
        }
        return marked;
    }

    // The most common length of lines followed directly by another line, when it is clearly a column width.
    private static int ModeWidth(List<PageLine> lines, string simple, int start, int end, bool display)
    {
        Span<int> counts = stackalloc int[2 * MaxWidth + 3];
        Span<int> clauses = stackalloc int[2 * MaxWidth + 3];
        var candidates = 0;
        for (var i = start; i + 1 < end; i++)
        {
            if (lines[i + 1].GapBefore != 0) continue;
            var span = lines[i].Span(simple);
            var w = display ? Display(span) : span.Length;
            candidates++;
            if (w < MinWidth || w >= counts.Length) continue;
            counts[w]++;
            if (span.IndexOfAny("，,。、；;") >= 0) clauses[w]++;
        }
        int best = 0, bestCount = 0, bestClauses = 0;
        for (var w = MinWidth; w < counts.Length; w++)
        {
            // Display widths of one column vary by a unit where a line holds an odd number of half-width characters.
            var c = display ? counts[w] + counts[w - 1] : counts[w];
            if (c > bestCount) (best, bestCount, bestClauses) = (w, c, display ? clauses[w] + clauses[w - 1] : clauses[w]);
        }
        var max = display ? 2 * MaxWidth : MaxWidth;
        // Body text wraps mid-clause, so most full lines hold clause punctuation; page lists and menus hold none.
        return bestCount >= MinFullLines && bestCount * 2 >= candidates && bestClauses * 2 >= bestCount && best <= max ? best : 0;
    }

    private static int Display(ReadOnlySpan<char> s)
    {
        var w = 0;
        foreach (var c in s) w += c < '\u0100' ? 1 : HanCharacters.IsHan(c) || c >= '\u3000' ? 2 : 1;
        return w;
    }
}
