using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// Turns what the <see cref="SourceLedger"/> recorded into the documents' <see cref="SourceSpan"/> lists: offsets in the
/// normalized text, pieces separated only by whitespace merged into one span (the join rule of <see cref="SourceSpan"/>).
/// An author's span is where the name stands inside the byline as printed (高 粮 for 高粮).
/// </summary>
internal sealed class FieldSpans(SourceLedger ledger, string normalized, CleanedOffsets offsets)
{
    private readonly List<(int Start, int Length)> _stretches = [];

    public IReadOnlyList<SourceSpan> Of(Article article)
    {
        var spans = new List<SourceSpan>();
        Add(spans, "kicker", article.Kicker);
        Add(spans, "title", article.Title);
        Add(spans, "subtitle", article.Subtitle);
        if (article.Byline.Raw is { } raw)
        {
            Add(spans, "byline.raw", raw);
            AddAuthors(spans, raw, article.Byline.Authors);
        }
        for (var i = 0; i < article.Headings.Count; i++) Add(spans, SourceSpan.Heading(i), article.Headings[i].Text);
        for (var i = 0; i < article.Paragraphs.Count; i++) Add(spans, SourceSpan.Paragraph(i), article.Paragraphs[i]);
        return spans;
    }

    /// <param name="discarded">The bulletin's discarded runs.</param>
    /// <param name="cuts">The pieces the cleaner took out, which are the first discarded runs and have no string origin.</param>
    public IReadOnlyList<SourceSpan> OfDiscarded(IReadOnlyList<DiscardedText> discarded, IReadOnlyList<TextCut> cuts)
    {
        var spans = new List<SourceSpan>(discarded.Count);
        for (var i = 0; i < discarded.Count; i++)
        {
            if (i < cuts.Count) spans.Add(new SourceSpan(SourceSpan.Discarded(i), cuts[i].Start, cuts[i].Length));
            else Add(spans, SourceSpan.Discarded(i), discarded[i].Text);
        }
        return spans;
    }

    private void Add(List<SourceSpan> spans, string field, string? text)
    {
        if (text is null) return;
        Add(spans, field, ledger.Origin(text));
    }

    private void Add(List<SourceSpan> spans, string field, IReadOnlyList<SourcePiece> pieces)
    {
        _stretches.Clear();
        foreach (var p in pieces) offsets.Map(p.Start, p.Length, _stretches);
        var first = spans.Count;
        foreach (var (start, length) in _stretches)
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
        var compact = new List<int>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
            if (!char.IsWhiteSpace(raw[i])) compact.Add(i);
        var from = 0;
        for (var a = 0; a < authors.Count; a++)
        {
            var at = IndexOf(raw, compact, authors[a], from);
            if (at < 0) at = IndexOf(raw, compact, authors[a], 0);
            if (at < 0) continue;
            var name = authors[a].Count(c => !char.IsWhiteSpace(c));
            var start = compact[at];
            var end = compact[at + name - 1] + 1;
            Add(spans, SourceSpan.Author(a), ledger.Origin(raw, start, end - start));
            from = at + name;
        }
    }

    // Position in the compact byline where the author's non-space characters stand in a row, or -1.
    private static int IndexOf(string raw, List<int> compact, string author, int from)
    {
        var name = author.Where(c => !char.IsWhiteSpace(c)).ToArray();
        if (name.Length == 0) return -1;
        for (var at = from; at + name.Length <= compact.Count; at++)
        {
            var k = 0;
            while (k < name.Length && raw[compact[at + k]] == name[k]) k++;
            if (k == name.Length) return at;
        }
        return -1;
    }
}
