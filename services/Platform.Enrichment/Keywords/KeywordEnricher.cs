namespace Platform.Enrichment.Keywords;

/// <summary>Salient terms with weights.</summary>
public sealed class KeywordEnricher : IEnricher
{
    public string Name => "keywords";

    public string Version => "1.0.0";

    public void Enrich(ArticleText article, EnrichmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(draft);
        draft.Keywords = KeywordExtractor.Extract(article.Title, article.Body);
    }
}
