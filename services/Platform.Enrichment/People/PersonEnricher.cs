namespace Platform.Enrichment.People;

/// <summary>Honorees, officials and authors.</summary>
public sealed class PersonEnricher : IEnricher
{
    public string Name => "people";

    public string Version => "1.0.0";

    public void Enrich(ArticleText article, EnrichmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(draft);
        draft.People = PersonExtractor.Extract(article.Body, article.Article.Byline);
    }
}
