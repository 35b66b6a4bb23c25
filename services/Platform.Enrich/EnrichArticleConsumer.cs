using System.Diagnostics;
using MassTransit;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Enrichment;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Enrich;

/// <summary>Loads a parsed article, enriches it, marks near-duplicates of stored articles, stores it, announces it.</summary>
public sealed class EnrichArticleConsumer(IDocumentStore store, ArticleEnricher enricher) : IConsumer<ArticleParsed>
{
    public async Task Consume(ConsumeContext<ArticleParsed> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var article = await store.Articles.GetAsync(context.Message.ArticleId, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Article {context.Message.ArticleId} is not in the store.");
        var alreadyDone = article.Enrichment is not null && article.EnrichmentVersion == ArticleEnricher.Version && article.Status != PipelineStatus.Parsed;
        if (!alreadyDone)
        {
            var bulletin = await store.Bulletins.GetAsync(article.BulletinId, ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Bulletin {article.BulletinId} is not in the store.");
            var started = Stopwatch.GetTimestamp();
            EnrichmentResult result;
            using (var activity = PlatformTelemetry.ActivitySource.StartActivity("enrich article"))
            {
                activity?.SetTag("platform.article.id", article.Id);
                result = enricher.Enrich(article, new EnrichmentContext(bulletin));
                activity?.SetTag("platform.region", result.Enrichment.Regions.Primary?.Code);
            }
            PlatformTelemetry.EnrichDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var duplicateOf = await NearDuplicateAsync(article, result.Enrichment.Fingerprint, ct).ConfigureAwait(false);
            var enriched = article with
            {
                Enrichment = result.Enrichment with { DuplicateOf = duplicateOf },
                EnrichmentVersion = ArticleEnricher.Version,
                Status = PipelineStatus.Enriched,
                Warnings = article.Warnings.Concat(result.Warnings).Distinct(StringComparer.Ordinal).ToArray(),
            };
            await store.Articles.PutAsync(enriched, article, ct).ConfigureAwait(false);
            PlatformTelemetry.ArticlesEnriched.Add(1);
        }
        await context.Publish(new ArticleEnriched(article.Id, article.BulletinId), ct).ConfigureAwait(false);
    }

    /// <summary>The lowest-id stored article of another bulletin within the SimHash near-duplicate distance, if any.</summary>
    private async Task<string?> NearDuplicateAsync(Article article, string fingerprintHex, CancellationToken ct)
    {
        if (article.Text.Length < 80 || !FingerprintBands.TryParse(fingerprintHex, out var fingerprint)) return null;
        var candidates = await store.Articles.FindFingerprintCandidatesAsync(fingerprint, article.BulletinId, 50, ct).ConfigureAwait(false);
        return candidates
            .Where(c => SimHash.Distance(c.Fingerprint, fingerprint) <= SimHash.NearDuplicateDistance)
            .Select(c => c.ArticleId)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
