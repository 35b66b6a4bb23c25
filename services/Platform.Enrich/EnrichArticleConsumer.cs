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
            var position = IndexOf(bulletin.ArticleIds, article.Id);
            var preceding = await PhotoRunAsync(article, bulletin, position, -1, ct).ConfigureAwait(false);
            var following = await PhotoRunAsync(article, bulletin, position, +1, ct).ConfigureAwait(false);
            var result = Enrich(article, new EnrichmentContext(bulletin) { Preceding = preceding, Following = following });
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

    // A photo's caption may name no place of its own and take its group's: the photos printed right before it (step -1) or
    // right after it (step +1), as parsed, in reading order; or the story printed right before it, which its credit may cover
    // too (摄影报道). Only that run is read, at most EnrichmentContext.PhotoRunReach photos, so a long gallery costs each photo
    // a bounded number of reads.
    private async Task<IReadOnlyList<Article>> PhotoRunAsync(Article article, Bulletin bulletin, int position, int step, CancellationToken ct)
    {
        if (article.Kind != ArticleKind.Photo || position < 0) return [];
        var run = new List<Article>();
        for (var i = position + step; i >= 0 && i < bulletin.ArticleIds.Count && Math.Abs(i - position) <= EnrichmentContext.PhotoRunReach; i += step)
        {
            var neighbour = await store.Articles.GetAsync(bulletin.ArticleIds[i], ct).ConfigureAwait(false);
            if (neighbour is { Kind: ArticleKind.Photo }) run.Add(neighbour);
            else
            {
                if (neighbour is not null && step < 0 && run.Count == 0) run.Add(neighbour);
                break;
            }
        }
        if (step < 0) run.Reverse();
        return run;
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
            if (string.Equals(ids[i], id, StringComparison.Ordinal)) return i;
        return -1;
    }

    private EnrichmentResult Enrich(Article article, EnrichmentContext context)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = PlatformTelemetry.ActivitySource.StartActivity("enrich article");
        activity?.SetTag("platform.article.id", article.Id);
        var result = enricher.Enrich(article, context);
        activity?.SetTag("platform.region", result.Enrichment.Regions.Primary?.Code);
        PlatformTelemetry.EnrichDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }
}
