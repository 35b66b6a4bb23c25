namespace Platform.Enrichment.People;

/// <summary>Honorees, officials and authors.</summary>
public sealed class PersonEnricher : IEnricher
{
    public string Name => "people";

    public string Version => "1.1.0";

    public void Enrich(ArticleText article, EnrichmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(draft);
        var original = article.Article.Text ?? "";
        draft.People = PersonExtractor.Extract(article.Body, article.Article.Byline)
            .Select(p => p with { Name = PrintedText.At(original, p.Offset, p.Name) })
            .ToList();
    }
}
