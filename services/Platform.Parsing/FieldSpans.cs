using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// Turns what the <see cref="SourceLedger"/> recorded into the documents' <see cref="SourceSpan"/> lists: offsets in the
/// normalized text, pieces separated only by whitespace merged into one span (the join rule of <see cref="SourceSpan"/>).
/// An author's span is where the name stands inside the byline as printed (高 粮 for 高粮).
/// </summary>
internal sealed class FieldSpans(SourceLedger ledger, string normalized, CleanedOffsets offsets, CleanedOffsets unwrapped)
{
    private readonly List<(int Start, int Length)> _stretches = [];
    private int[] _compact = new int[64];

    public IReadOnlyList<SourceSpan> Of(Article article)
    {
        var spans = new List<SourceSpan>(4 + article.Byline.Authors.Count + article.Headings.Count + article.Paragraphs.Count);
        Add(spans, "kicker", article.Kicker);
        Add(spans, "title", article.Title);
        Add(spans, "subtitle", article.Subtitle);
        if (article.Byline.Raw is { } raw)
        {
            Add(spans, "byline.raw", raw);
            AddAuthors(spans, raw, article.Byline.Authors);
        }
        for (var i = 0; i < article.Headings.Count; i++) Add(spans, FieldPaths.Heading(i), article.Headings[i].Text);
        for (var i = 0; i < article.Paragraphs.Count; i++) Add(spans, FieldPaths.Paragraph(i), article.Paragraphs[i]);
        return spans;
    }

    /// <param name="discarded">The bulletin's discarded runs.</param>
    /// <param name="cuts">The pieces the cleaner took out, which are the first discarded runs and have no string origin.</param>
    public IReadOnlyList<SourceSpan> OfDiscarded(IReadOnlyList<DiscardedText> discarded, IReadOnlyList<TextCut> cuts)
    {
        var spans = new List<SourceSpan>(discarded.Count);
        for (var i = 0; i < discarded.Count; i++)
        {
            if (i < cuts.Count) AddUnwrapped(spans, FieldPaths.Discarded(i), cuts[i]);
            else Add(spans, FieldPaths.Discarded(i), discarded[i].Text);
        }
        return spans;
    }

    // A cleaner's cut is an offset into the text after column joins: only the joins lie between it and the normalized text.
    private void AddUnwrapped(List<SourceSpan> spans, string field, TextCut cut)
    {
        _stretches.Clear();
        unwrapped.Map(cut.Start, cut.Length, _stretches);
        Add(spans, field, _stretches);
    }

    private void Add(List<SourceSpan> spans, string field, string? text)
    {
        if (text is null) return;
        if (ledger.IsOneStretch(text, out var start))
        {
            _stretches.Clear();
            offsets.Map(start, text.Length, _stretches);
            Add(spans, field, _stretches);
            return;
        }
        Add(spans, field, ledger.Origin(text));
    }

    private void Add(List<SourceSpan> spans, string field, IReadOnlyList<SourcePiece> pieces)
    {
        _stretches.Clear();
        foreach (var p in pieces) offsets.Map(p.Start, p.Length, _stretches);
        Add(spans, field, _stretches);
    }

    private void Add(List<SourceSpan> spans, string field, List<(int Start, int Length)> stretches)
    {
        var first = spans.Count;
        foreach (var (start, length) in stretches)
        {
            if (length == 0) continue;
            if (spans.Count > first && spans[^1] is var last && start >= last.Start + last.Length && OnlySpaceBetween(last.Start + last.Length, start))
                spans[^1] = last with { Length = start + length - last.Start };
            else
                spans.Add(new SourceSpan(field, start, length));
        }
    }

    private bool OnlySpaceBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!char.IsWhiteSpace(normalized[i])) return false;
        return true;
    }

    // Each author is looked up, whitespace ignored, in the byline as printed, after the author before it.
    private void AddAuthors(List<SourceSpan> spans, string raw, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0) return;
        if (_compact.Length < raw.Length) _compact = new int[Math.Max(raw.Length, 2 * _compact.Length)];
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
            if (!char.IsWhiteSpace(raw[i])) _compact[count++] = i;
        var compact = _compact.AsSpan(0, count);
        var from = 0;
        for (var a = 0; a < authors.Count; a++)
        {
            var name = authors[a];
            var at = IndexOf(raw, compact, name, from, out var matched);
            if (at < 0) at = IndexOf(raw, compact, name, 0, out matched);
            if (at < 0) continue;
            var start = compact[at];
            var end = compact[at + matched - 1] + 1;
            Add(spans, FieldPaths.Author(a), ledger.Origin(raw, start, end - start));
            from = at + matched;
        }
    }

    // Position in the compact byline where the author's non-space characters stand in a row, or -1.
    private static int IndexOf(string raw, ReadOnlySpan<int> compact, string author, int from, out int matched)
    {
        matched = 0;
        foreach (var c in author)
            if (!char.IsWhiteSpace(c)) matched++;
        if (matched == 0) return -1;
        for (var at = from; at + matched <= compact.Length; at++)
        {
            int k = 0, n = 0;
            while (n < author.Length && k < matched)
            {
                if (char.IsWhiteSpace(author[n])) { n++; continue; }
                if (raw[compact[at + k]] != author[n]) break;
                k++;
                n++;
            }
            if (k == matched) return at;
        }
        return -1;
    }
}
