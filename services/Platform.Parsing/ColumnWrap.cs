using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// Joins hard-wrapped columns back into lines: narrow-column OCR breaks body text into lines of one width
/// (12 to 40 characters) with no blank line between them, and every later stage must see such a paragraph as
/// the one line it was, never its pieces as titles, bylines or page furniture.
/// <list type="bullet">
/// <item>The width is the length most lines followed directly by another line share, counted from the start of the
/// printed line (indentation included), provided a third of those lines hold clause punctuation as body text does
/// and they are most of the clause-bearing lines that run on; in display width (Latin letters and digits half wide)
/// when no character width stands out.</item>
/// <item>A line of the width runs on into the next one (the line break is removed); so does a line one short when
/// the column edge cut a space (an open bracket or quote, the next line opening with closing punctuation, or a full
/// line beside it), no sentence ends there and the next line is not indented (the line break becomes the space).</item>
/// <item>A run stops where a sentence ends at the edge and the next line is indented (a new paragraph) or is a short
/// labelled field (上一篇:…), where a line without clause punctuation meets a numbered caption, and at a ——sign-off; a run with no clause punctuation
/// at all (a menu, a headline over a date line) is not joined.</item>
/// </list>
/// </summary>
internal static class ColumnWrap
{
    public const string JoinReason = "column-wrap";
    private const int MinWidth = 12;
    private const int MaxWidth = 40;
    private const int MinFullLines = 3;
    private const string ClausePunctuation = "，,。、；;";
    private const string LineStartForbidden = "，,。、；;：:）)”’」』》!?！？…";

    /// <summary>The text with the wrapping line breaks removed; the same string when no column is wrapped.</summary>
    /// <param name="text">The normalized page text (lines end with <c>\n</c>, no trailing spaces).</param>
    public static UnwrappedText Join(string text)
    {
        var lines = Lines(text);
        var column = new Column(ModeWidth(text, lines, display: false), 0);
        if (column.Chars == 0) column = column with { Display = ModeWidth(text, lines, display: true) };
        if (column.Chars == 0 && column.Display == 0) return new UnwrappedText(text, []);

        List<TextCut>? joins = null;
        List<int>? spaces = null;
        var i = 0;
        while (i + 1 < lines.Count)
        {
            if (!IsFull(text, lines, i, column))
            {
                i++;
                continue;
            }
            // The run: full lines i..k-1, each running on into the next, ending in line k.
            var k = i;
            while (k + 1 < lines.Count && IsFull(text, lines, k, column) && !StartsElement(text, lines[k], lines[k + 1], k == i, column)) k++;
            if (k > i && HoldsClause(text, lines, i, k))
            {
                for (var m = i; m < k; m++)
                {
                    // A line one short lost the space the edge cut: the break becomes that space (offsets unchanged),
                    // unless the next line still opens with it.
                    if (column.Chars > 0 && text.AsSpan(lines[m]).Length < column.Chars && !text.AsSpan(lines[m + 1]).StartsWith(" "))
                        (spaces ??= []).Add(lines[m].End.Value);
                    else (joins ??= []).Add(new TextCut(lines[m].End.Value, 1, JoinReason));
                }
            }
            i = Math.Max(k, i + 1);
        }
        if (joins is null && spaces is null) return new UnwrappedText(text, []);
        return new UnwrappedText(Remove(text, joins ?? [], spaces ?? []), joins ?? []);
    }

    private readonly record struct Column(int Chars, int Display);

    // A line that fills the column and is followed directly by another line.
    private static bool IsFull(string text, List<Range> lines, int i, Column column)
    {
        if (i + 1 >= lines.Count || IsBlank(text, lines[i]) || IsBlank(text, lines[i + 1])) return false;
        var line = text.AsSpan(lines[i]);
        if (column.Chars == 0) return Math.Abs(Display(line) - column.Display) <= 2;
        if (line.Length == column.Chars) return true;
        if (line.Length != column.Chars - 1) return false;
        // One short: the edge cut a space (trailing spaces are gone), and the text plainly goes on.
        var next = text.AsSpan(lines[i + 1]);
        if (next.StartsWith("  ") || next.StartsWith("\u3000")) return false;
        if (OpensBracket(line) || LineStartForbidden.Contains(next.TrimStart(' ')[0])) return true;
        var besideFull = next.Length == column.Chars ||
                         (i > 0 && !IsBlank(text, lines[i - 1]) && text.AsSpan(lines[i - 1]).Length == column.Chars);
        return besideFull && !EndsSentence(line);
    }

    // The next line opens a new element: an indented line under a sentence closed at the column edge (a paragraph),
    // a short labelled field under a complete paragraph (page furniture), a numbered caption under a line that is not
    // running text, or a ——sign-off (no clause punctuation) under or over
    // the text. A dash inside running text is cut like any other character, so a line opening with one only counts at
    // the start of a run, and under a line only when it is shorter than the column or the line above ends a sentence.
    private static bool StartsElement(string text, Range line, Range next, bool runStart, Column column)
    {
        var printed = text.AsSpan(line);
        var following = text.AsSpan(next);
        if ((following.StartsWith("  ") || following.StartsWith("\u3000")) && EndsSentence(printed)) return true;
        var first = following.TrimStart(' ');
        if (first.Length > 0 && first[0] is >= '①' and <= '⑳' && printed.IndexOfAny(ClausePunctuation) < 0) return true;
        var shortNext = column.Chars > 0 ? following.Length < column.Chars : Display(following) < column.Display;
        if (shortNext && IsClosed(printed) && IsField(first)) return true;
        return ((shortNext || EndsSentence(printed)) && IsSignOff(first)) || (runStart && IsSignOff(printed.TrimStart(' ')));
    }

    // 上一篇:…, 来源:…, 编辑/…: a short labelled field, no clause punctuation.
    private static bool IsField(ReadOnlySpan<char> line)
    {
        if (ChineseText.HasClauseMark(line)) return false;
        var n = 0;
        while (n < line.Length && n < 5 && HanCharacters.IsHan(line[n])) n++;
        return n is >= 1 and <= 4 && n < line.Length && line[n] is ':' or '：' or '/';
    }

    // The paragraph is complete at the column edge: a closed sentence, or a closing bracket (an editor or source note).
    private static bool IsClosed(ReadOnlySpan<char> line) => EndsSentence(line) || line.EndsWith(")") || line.EndsWith("）");

    private static bool IsSignOff(ReadOnlySpan<char> line) => line.StartsWith("——") && !ChineseText.HasClauseMark(line);

    private static bool HoldsClause(string text, List<Range> lines, int from, int to)
    {
        for (var m = from; m <= to; m++)
            if (text.AsSpan(lines[m]).IndexOfAny(ClausePunctuation) >= 0) return true;
        return false;
    }

    // 。！？ with any closing quotes; a semicolon or colon runs on.
    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var s = line.TrimEnd("”’」』）)》\"'");
        return s.Length > 0 && s[^1] is '。' or '！' or '？' or '!' or '?';
    }

    // A quote, book title or bracket left open: the text goes on past the line end.
    private static bool OpensBracket(ReadOnlySpan<char> line) =>
        line.Count('“') > line.Count('”') || line.Count('《') > line.Count('》') ||
        line.Count('(') + line.Count('（') > line.Count(')') + line.Count('）');

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
            var clause = span.IndexOfAny(ClausePunctuation) >= 0;
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
        // Body text wraps mid-clause, so many full lines hold clause punctuation (page lists and menus hold none; a
        // narrow column or converter pinyin leaves some pieces without), and most lines of body text that run on
        // directly are full lines.
        return bestCount >= MinFullLines && bestClauses * 3 >= bestCount && bestClauses * 2 >= candidates && best <= max ? best : 0;
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

    private static string Remove(string text, List<TextCut> joins, List<int> spaces)
    {
        var kept = text.ToCharArray();
        foreach (var at in spaces) kept[at] = ' ';
        int n = 0, from = 0;
        foreach (var join in joins)
        {
            Array.Copy(kept, from, kept, n, join.Start - from);
            n += join.Start - from;
            from = join.Start + join.Length;
        }
        Array.Copy(kept, from, kept, n, text.Length - from);
        return new string(kept, 0, n + text.Length - from);
    }

    private static bool IsBlank(string text, Range line) => ChineseText.VisibleLength(text.AsSpan(line)) == 0;

    private static int Display(ReadOnlySpan<char> s)
    {
        var w = 0;
        // Only Latin letters, digits and spaces are half width: pages often carry ASCII commas and colons for the full-width ones.
        foreach (var c in s) w += char.IsAsciiLetterOrDigit(c) || c == ' ' ? 1 : 2;
        return w;
    }
}
