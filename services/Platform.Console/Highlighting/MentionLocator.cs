using Platform.Contracts.Documents;

namespace Platform.OperatorConsole.Highlighting;

/// <summary>
/// Every occurrence, in an article's text, of what its enrichment mentions: places, dates, figures, people and
/// organizations. The enrichment keeps first offsets only (and regions count them in title + text), so each
/// mention's printed text is searched for; bylined authors (offset −1) are found where the text names them too.
/// </summary>
public static class MentionLocator
{
    public static IReadOnlyList<HighlightRange<MentionKind>> Locate(string text, Enrichment? enrichment)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (enrichment is null) return [];
        var terms = enrichment.Regions.Mentioned.Select(m => (m.Text, MentionKind.Place))
            .Concat(enrichment.Dates.Select(d => (d.Text, MentionKind.Date)))
            .Concat(enrichment.Figures.Select(f => (f.Text, MentionKind.Figure)))
            .Concat(enrichment.People.Select(p => (p.Name, MentionKind.Person)))
            .Concat(enrichment.Organizations.Select(o => (o.Name, MentionKind.Org)))
            .Where(t => !string.IsNullOrWhiteSpace(t.Item1))
            .Distinct();
        var ranges = new List<HighlightRange<MentionKind>>();
        foreach (var (term, kind) in terms)
        {
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                ranges.Add(new HighlightRange<MentionKind>(at, term.Length, kind));
            }
        }
        return ranges;
    }
}
