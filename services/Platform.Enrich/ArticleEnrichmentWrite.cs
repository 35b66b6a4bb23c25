using System.Diagnostics;
using Platform.Contracts.Documents;
using Platform.Enrichment;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Enrich;

/// <summary>
/// Enriches one stored article within its bulletin and stores the result, as <see cref="EnrichPolicy"/> decides: the
/// work both enrich consumers share, whether they take a bulletin whole or one article of it.
/// </summary>
public sealed class ArticleEnrichmentWrite(IDocumentStore store, ArticleEnricher enricher)
{
    /// <summary>Enriches <paramref name="article"/> unless it already carries this enricher's enrichment.</summary>
    /// <param name="article">The article as stored.</param>
    /// <param name="bulletin">Its bulletin, whose reading order places the article among its neighbours.</param>
    /// <param name="neighbour">How another article of the bulletin is read (from the store, or from those already loaded).</param>
    /// <param name="ct">Cancels the reads and the write.</param>
    public async Task EnrichAsync(Article article, Bulletin bulletin, Func<string, Task<Article?>> neighbour, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(neighbour);
        if (!EnrichPolicy.NeedsEnrichment(article)) return;
        var position = IndexOf(bulletin.ArticleIds, article.Id);
        var preceding = await PhotoRunAsync(article, bulletin, position, -1, neighbour).ConfigureAwait(false);
        var following = await PhotoRunAsync(article, bulletin, position, +1, neighbour).ConfigureAwait(false);
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

    // A photo's caption may name no place of its own and take its group's: the photos printed right before it (step -1) or
    // right after it (step +1), as parsed, in reading order; or the story printed right before it, which its credit may cover
    // too (摄影报道). Only that run is read, at most EnrichmentContext.PhotoRunReach photos, so a long gallery costs each photo
    // a bounded number of reads.
    private static async Task<IReadOnlyList<Article>> PhotoRunAsync(Article article, Bulletin bulletin, int position, int step, Func<string, Task<Article?>> neighbour)
    {
        if (article.Kind != ArticleKind.Photo || position < 0) return [];
        var run = new List<Article>();
        for (var i = position + step; i >= 0 && i < bulletin.ArticleIds.Count && Math.Abs(i - position) <= EnrichmentContext.PhotoRunReach; i += step)
        {
            var next = await neighbour(bulletin.ArticleIds[i]).ConfigureAwait(false);
            if (next is { Kind: ArticleKind.Photo }) run.Add(next);
            else
            {
                if (next is not null && step < 0 && run.Count == 0) run.Add(next);
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
