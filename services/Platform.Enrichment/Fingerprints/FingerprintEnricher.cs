using System.Globalization;

namespace Platform.Enrichment.Fingerprints;

/// <summary>SimHash of title and text as 16 hex digits; the enrich service decides duplicateOf.</summary>
public sealed class FingerprintEnricher : IEnricher
{
    public string Name => "fingerprint";

    public string Version => "1.0.0";

    public void Enrich(ArticleText article, EnrichmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(draft);
        draft.Fingerprint = SimHash.Compute(article.Title, article.Body).ToString("x16", CultureInfo.InvariantCulture);
    }
}
