namespace Platform.Parsing;

/// <summary>
/// Joins hard-wrapped columns back into lines: narrow-column OCR breaks body text into lines of one width
/// (12 to 40 characters) with no blank line between them, and every later stage must see such a paragraph as
/// the one line it was, never its pieces as titles, bylines or page furniture. The width is the length most
/// lines followed directly by another line share (counted from the start of the printed line, indentation
/// included, in characters and in display width where Latin letters and digits are half as wide), provided
/// most of those lines hold clause punctuation as body text does. A line of that width runs on into the next
/// line unless the next is indented (a new paragraph) or a sentence ends at the column edge and the next line
/// reads as a heading or byline (shorter than the column, without clause punctuation).
/// </summary>
internal static class ColumnWrap
{
    public const string JoinReason = "column-wrap";
    private const int MinWidth = 12;
    private const int MaxWidth = 40;
    private const int MinFullLines = 4;

    /// <summary>The text with the wrapping line breaks removed; the same string when no column is wrapped.</summary>
    /// <param name="text">The normalized page text (lines end with <c>\n</c>, no trailing spaces).</param>
    public static UnwrappedText Join(string text)
    {
        var lines = Lines(text);
        var charWidth = ModeWidth(text, lines, display: false);
        var displayWidth = ModeWidth(text, lines, display: true);
        if (charWidth == 0 && displayWidth == 0) return new UnwrappedText(text, []);
        List<TextCut>? joins = null;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (RunsOn(text, lines[i], lines[i + 1], charWidth, displayWidth))
                (joins ??= []).Add(new TextCut(lines[i].End.Value, 1, JoinReason));
        }
        if (joins is null) return new UnwrappedText(text, []);
        var kept = new char[text.Length - joins.Count];
        int n = 0, from = 0;
        foreach (var join in joins)
        {
            text.AsSpan(from, join.Start - from).CopyTo(kept.AsSpan(n));
            n += join.Start - from;
            from = join.Start + join.Length;
        }
        text.AsSpan(from).CopyTo(kept.AsSpan(n));
        return new UnwrappedText(new string(kept), joins);
    }

    private static bool RunsOn(string text, Range line, Range next, int charWidth, int displayWidth)
    {
        if (next.Start.Value != line.End.Value + 1 || IsBlank(text, next) || Indent(text, next) > 0) return false;
        var span = text.AsSpan(line);
        var full = (charWidth > 0 && Math.Abs(span.Length - charWidth) <= 1) ||
                   (displayWidth > 0 && Math.Abs(Display(span) - displayWidth) <= 2);
        if (!full) return false;
        var width = charWidth > 0 ? charWidth : displayWidth / 2;
        return !(EndsSentence(span) && ReadsAsHeading(ChineseText.Trim(text.AsSpan(next)), width));
    }

    // A sentence closed at the column edge: 。！？ with any closing quotes; a semicolon or colon runs on.
    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var s = line.TrimEnd("”’」』）)》\"'");
        return s.Length > 0 && s[^1] is '。' or '！' or '？' or '!' or '?';
    }

    // A headline or byline under the column: shorter than it, opens with a letter, no clause punctuation.
    private static bool ReadsAsHeading(ReadOnlySpan<char> line, int width) =>
        line.Length >= 2 && line.Length < width - 1 && (char.IsLetterOrDigit(line[0]) || line[0] is '(' or '（' or '“' or '【' or '《') &&
        !ChineseText.HasClauseMark(line);

    // The most common width of lines followed directly by another line, when it is clearly a column width.
    private static int ModeWidth(string text, List<Range> lines, bool display)
    {
        Span<int> counts = stackalloc int[2 * MaxWidth + 3];
        Span<int> clauses = stackalloc int[2 * MaxWidth + 3];
        var candidates = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (IsBlank(text, lines[i + 1]) || IsBlank(text, lines[i])) continue;
            var span = text.AsSpan(lines[i]);
            var w = display ? Display(span) : span.Length;
            if (w < MinWidth) continue;
            var clause = span.IndexOfAny("，,。、；;") >= 0;
            if (clause) candidates++;
            if (w >= counts.Length) continue;
            counts[w]++;
            if (clause) clauses[w]++;
        }
        int best = 0, bestCount = 0, bestClauses = 0;
        for (var w = MinWidth; w < counts.Length; w++)
        {
            // Display widths of one column vary by a unit where a line holds an odd number of half-width characters.
            var c = display ? counts[w] + counts[w - 1] : counts[w];
            if (c > bestCount) (best, bestCount, bestClauses) = (w, c, display ? clauses[w] + clauses[w - 1] : clauses[w]);
        }
        var max = display ? 2 * MaxWidth : MaxWidth;
        // Body text wraps mid-clause, so most full lines hold clause punctuation (page lists and menus hold none),
        // and most lines of body text that run on directly are full lines.
        return bestCount >= MinFullLines && bestClauses * 2 >= bestCount && bestClauses * 2 >= candidates && best <= max ? best : 0;
    }

    // The printed lines, indentation included, without their line ends.
    private static List<Range> Lines(string text)
    {
        var lines = new List<Range>(Math.Max(4, text.Length / 32));
        var pos = 0;
        while (true)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            lines.Add(new Range(pos, end));
            if (nl < 0) return lines;
            pos = nl + 1;
        }
    }

    private static bool IsBlank(string text, Range line) => ChineseText.VisibleLength(text.AsSpan(line)) == 0;

    private static int Indent(string text, Range line)
    {
        var span = text.AsSpan(line);
        var n = 0;
        while (n < span.Length && ChineseText.IsSpace(span[n])) n++;
        return n;
    }

    private static int Display(ReadOnlySpan<char> s)
    {
        var w = 0;
        // Only Latin letters, digits and spaces are half width: pages often carry ASCII commas and colons for the full-width ones.
        foreach (var c in s) w += char.IsAsciiLetterOrDigit(c) || c == ' ' ? 1 : 2;
        return w;
    }
}
