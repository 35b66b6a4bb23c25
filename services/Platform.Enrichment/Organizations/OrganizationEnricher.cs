namespace Platform.Enrichment.Organizations;

/// <summary>Named organizations, including the byline's supplying office.</summary>
public sealed class OrganizationEnricher : IEnricher
{
    public string Name => "organizations";

    public string Version => "1.1.0";

    public void Enrich(ArticleText article, EnrichmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(draft);
        var original = article.Article.Text ?? "";
        draft.Organizations = OrganizationExtractor.Extract(article.Body, article.Article.Byline)
            .Select(o => o with { Name = PrintedText.At(original, o.Offset, o.Name) })
            .ToList();
    }
}
