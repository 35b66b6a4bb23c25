namespace Platform.Enrichment.Figures;

/// <summary>Quantities in the article text.</summary>
public sealed class FigureEnricher : IEnricher
{
    public string Name => "figures";

    public string Version => "2.0.0";

    public void Enrich(ArticleText article, EnrichmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(draft);
        var original = article.Article.Text ?? "";
        draft.Figures = FigureExtractor.Extract(article.Body)
            .Select(f => f with { Text = PrintedText.At(original, f.Offset, f.Text) })
            .ToList();
    }
}
