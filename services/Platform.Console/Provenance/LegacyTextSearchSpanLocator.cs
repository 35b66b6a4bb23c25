using Platform.Contracts.Documents;

namespace Platform.OperatorConsole.Provenance;

/// <summary>
/// Provenance by search, kept only for documents stored before the parser recorded spans (their <c>spans</c> lists are
/// empty): each field's text is looked up in the normalized source in reading order, discarded runs anywhere. Fields
/// that cannot be found are left out rather than guessed. <see cref="StoredSpanLocator"/> uses it as its fallback.
/// </summary>
public sealed class LegacyTextSearchSpanLocator : ISourceSpanLocator
{
    public IReadOnlyList<SourceHighlight> Locate(string sourceText, Bulletin bulletin, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(articles);
        var finder = new FieldFinder(sourceText);
        var spans = new List<SourceHighlight>();
        foreach (var article in articles.OrderBy(a => a.Ordinal))
        {
            foreach (var (field, role, text) in ArticleFields.Of(article))
            {
                var label = $"{role.ToString().ToLowerInvariant()} of item {article.Ordinal}";
                spans.AddRange(finder.Find(text).Select(p => new SourceHighlight(new SourceSpan(field, p.Offset, p.Length), role, article.Ordinal, label)));
            }
        }
        var chrome = new FieldFinder(sourceText);
        for (var i = 0; i < bulletin.Discarded.Count; i++)
        {
            var discarded = bulletin.Discarded[i];
            if (string.IsNullOrWhiteSpace(discarded.Text)) continue;
            spans.AddRange(chrome.Find(discarded.Text).Select(p =>
                new SourceHighlight(new SourceSpan(SourceSpan.Discarded(i), p.Offset, p.Length), SourceRole.Discarded, 0, "discarded: " + discarded.Reason)));
        }
        return spans;
    }
}
