using System.Diagnostics;
using MassTransit;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Enrichment;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Enrich;

/// <summary>Loads a parsed article, enriches it as <see cref="EnrichPolicy"/> decides, stores it, announces it.</summary>
public sealed class EnrichArticleConsumer(IDocumentStore store, ArticleEnricher enricher) : IConsumer<ArticleParsed>
{
    public async Task Consume(ConsumeContext<ArticleParsed> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var article = await store.Articles.GetRequiredAsync(context.Message.ArticleId, ct).ConfigureAwait(false);
        if (EnrichPolicy.NeedsEnrichment(article))
        {
            var bulletin = await store.Bulletins.GetRequiredAsync(article.BulletinId, ct).ConfigureAwait(false);
            var result = Enrich(article, bulletin);
            string? duplicateOf = null;
            if (EnrichPolicy.DuplicateProbe(article, result.Enrichment.Fingerprint) is { } fingerprint)
            {
                var candidates = await store.Articles.FindFingerprintCandidatesAsync(fingerprint, article.BulletinId, EnrichPolicy.CandidateLimit, ct).ConfigureAwait(false);
                duplicateOf = EnrichPolicy.NearDuplicate(fingerprint, candidates);
            }
            await store.Articles.PutAsync(EnrichPolicy.Enriched(article, result, duplicateOf), article, ct).ConfigureAwait(false);
            PlatformTelemetry.ArticlesEnriched.Add(1);
        }
        await context.Publish(new ArticleEnriched(article.Id, article.BulletinId), ct).ConfigureAwait(false);
    }

    private EnrichmentResult Enrich(Article article, Bulletin bulletin)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = PlatformTelemetry.ActivitySource.StartActivity("enrich article");
        activity?.SetTag("platform.article.id", article.Id);
        var result = enricher.Enrich(article, new EnrichmentContext(bulletin));
        activity?.SetTag("platform.region", result.Enrichment.Regions.Primary?.Code);
        PlatformTelemetry.EnrichDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }
}
