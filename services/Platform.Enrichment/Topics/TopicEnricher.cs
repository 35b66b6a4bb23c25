namespace Platform.Enrichment.Topics;

/// <summary>Taxonomy topics with evidence.</summary>
public sealed class TopicEnricher(TopicClassifier classifier) : IEnricher
{
    public string Name => "topics";

    public string Version => "1.0.0+taxonomy";

    public void Enrich(ArticleText article, EnrichmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(draft);
        draft.Topics = classifier.Classify(article.Title, article.Kicker, article.Subtitle, article.Body);
    }
}
