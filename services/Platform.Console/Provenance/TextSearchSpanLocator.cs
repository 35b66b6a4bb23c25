using Platform.Contracts.Documents;

namespace Platform.OperatorConsole.Provenance;

/// <summary>
/// Provenance by search until the parser records spans: each field's text is looked up in the normalized source in
/// reading order (kicker, title, subtitle, byline, then headings and paragraphs), discarded runs anywhere.
/// Fields that cannot be found are left out rather than guessed.
/// </summary>
public sealed class TextSearchSpanLocator : ISourceSpanLocator
{
    public IReadOnlyList<SourceSpan> Locate(string sourceText, Bulletin bulletin, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(articles);
        var finder = new FieldFinder(sourceText);
        var spans = new List<SourceSpan>();
        foreach (var article in articles.OrderBy(a => a.Ordinal))
        {
            var field = 0;
            foreach (var (role, text) in Fields(article))
            {
                var label = $"{role.ToString().ToLowerInvariant()} of item {article.Ordinal}";
                var index = field++;
                spans.AddRange(finder.Find(text).Select(p => new SourceSpan(p.Offset, p.Length, role, article.Ordinal, index, label)));
            }
        }
        var chrome = new FieldFinder(sourceText);
        foreach (var discarded in bulletin.Discarded)
        {
            if (string.IsNullOrWhiteSpace(discarded.Text)) continue;
            spans.AddRange(chrome.Find(discarded.Text)
                .Select(p => new SourceSpan(p.Offset, p.Length, SourceRole.Discarded, 0, -1, "discarded: " + discarded.Reason)));
        }
        return spans;
    }

    /// <summary>An article's fields in the order they are printed.</summary>
    public static IEnumerable<(SourceRole Role, string Text)> Fields(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Kicker is { } kicker) yield return (SourceRole.Kicker, kicker);
        if (article.Title is { } title) yield return (SourceRole.Title, title);
        if (article.Subtitle is { } subtitle) yield return (SourceRole.Subtitle, subtitle);
        if (article.Byline.Raw is { } byline) yield return (SourceRole.Byline, byline);
        var body = article.Kind == ArticleKind.Photo ? SourceRole.Caption : SourceRole.Paragraph;
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            foreach (var heading in article.Headings.Where(h => h.BeforeParagraph == i)) yield return (SourceRole.Heading, heading.Text);
            yield return (body, article.Paragraphs[i]);
        }
        foreach (var heading in article.Headings.Where(h => h.BeforeParagraph >= article.Paragraphs.Count)) yield return (SourceRole.Heading, heading.Text);
    }
}
