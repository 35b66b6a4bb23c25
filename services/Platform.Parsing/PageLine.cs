namespace Platform.Parsing;

/// <summary>What the chrome filter learned about a content line from the furniture around it.</summary>
[Flags]
internal enum LineMarks
{
    None = 0,
    /// <summary>A page meta line that carries authors (作者:X, 记者 X); only its author field is kept as the line.</summary>
    Meta = 1,
    /// <summary>Page furniture was removed right before this line: it starts a new block.</summary>
    AfterChrome = 2,
    /// <summary>A page meta line (date, source) follows: on web pages the headline sits right above it.</summary>
    BeforeMeta = 4,
    /// <summary>The source document set this line as a headline (<see cref="HeadlineHints"/>): its shape does not make it body text.</summary>
    Headline = 8,
    /// <summary>The furniture removed right before this line was the paper's print source (《某报》(日期 02 版)), not a meta line.</summary>
    AfterPrintSource = 16,
}

/// <summary>One non-blank printed line, as a span of the page text (no copy until a field needs it).</summary>
/// <param name="Start">Offset of the first non-space character.</param>
/// <param name="Length">Length without leading and trailing spaces.</param>
/// <param name="GapBefore">Blank lines between this line and the previous one: a wide gap separates page items.</param>
/// <param name="Marks">What the surrounding page furniture says about the line.</param>
internal readonly record struct PageLine(int Start, int Length, int GapBefore, LineMarks Marks = LineMarks.None)
{
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);

    public string Text(string text) => SourceLedger.Cut(text.AsSpan(Start, Length));

    public Twin Twin(string printed, string simple) => new(printed.AsSpan(Start, Length), simple.AsSpan(Start, Length));

    public bool Has(LineMarks mark) => (Marks & mark) != 0;

    public static List<PageLine> Split(string text)
    {
        var lines = new List<PageLine>(Math.Max(4, text.Length / 64));
        var gap = 0;
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            var start = pos;
            while (start < end && ChineseText.IsSpace(text[start])) start++;
            var stop = end;
            while (stop > start && ChineseText.IsSpace(text[stop - 1])) stop--;
            if (stop > start)
            {
                lines.Add(new PageLine(start, stop - start, gap));
                gap = 0;
            }
            else
            {
                gap++;
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return lines;
    }
}
