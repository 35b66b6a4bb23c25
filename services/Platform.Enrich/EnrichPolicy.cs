using Platform.Contracts.Documents;
using Platform.Enrichment;
using Platform.Storage;

namespace Platform.Enrich;

/// <summary>The enrich stage's decisions, apart from loading and storing: whether to enrich, which stored article a new one duplicates.</summary>
public static class EnrichPolicy
{
    /// <summary>Shorter texts (captions, notices) share too few shingles for a fingerprint to mean anything.</summary>
    public const int MinDuplicateTextLength = 80;

    /// <summary>Stored articles sharing a fingerprint band that are compared at most.</summary>
    public const int CandidateLimit = 50;

    /// <summary>
    /// False when the article already carries this enricher version's enrichment and has moved past parsed: a
    /// redelivered message enriches nothing again, while an enricher upgrade or a new parse does.
    /// </summary>
    public static bool NeedsEnrichment(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Enrichment is null || article.EnrichmentVersion != ArticleEnricher.Version || article.Status == PipelineStatus.Parsed;
    }

    /// <summary>The fingerprint to look near-duplicates up by, or null when the article is too short or has none.</summary>
    public static ulong? DuplicateProbe(Article article, string fingerprintHex)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Text.Length >= MinDuplicateTextLength && FingerprintBands.TryParse(fingerprintHex, out var fingerprint) ? fingerprint : null;
    }

    /// <summary>The lowest-id candidate (of another bulletin) within the SimHash near-duplicate distance, if any.</summary>
    public static string? NearDuplicate(ulong fingerprint, IEnumerable<FingerprintMatch> candidates) =>
        candidates
            .Where(c => SimHash.Distance(c.Fingerprint, fingerprint) <= SimHash.NearDuplicateDistance)
            .Select(c => c.ArticleId)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The article with its enrichment, marked enriched, warnings of both stages kept once.</summary>
    public static Article Enriched(Article article, EnrichmentResult result, string? duplicateOf)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(result);
        return article with
        {
            Enrichment = result.Enrichment with { DuplicateOf = duplicateOf },
            EnrichmentVersion = ArticleEnricher.Version,
            Status = PipelineStatus.Enriched,
            Warnings = article.Warnings.Concat(result.Warnings).Distinct(StringComparer.Ordinal).ToArray(),
        };
    }
}
