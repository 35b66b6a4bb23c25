using MassTransit;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Storage;

namespace Platform.Enrich;

/// <summary>
/// Enriches every article of a parsed bulletin that needs it (<see cref="ArticleEnrichmentWrite"/>), then announces the
/// bulletin. One message per bulletin instead of one per article: each message cost the pipeline its own delivery,
/// reads of the bulletin and a wait for the store, for the same work.
/// </summary>
public sealed class EnrichBulletinConsumer(IDocumentStore store, ArticleEnrichmentWrite enrichment) : IConsumer<BulletinParsed>
{
    /// <summary>Articles enriched at once: a bulletin of hundreds of items holds this many results and writes in memory, not all of them.</summary>
    public const int ArticlesAtOnce = 32;

    public async Task Consume(ConsumeContext<BulletinParsed> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var bulletin = await store.Bulletins.GetRequiredAsync(context.Message.BulletinId, ct).ConfigureAwait(false);
        if (bulletin.Status == PipelineStatus.Rejected) return;
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var id in bulletin.ArticleIds)
        {
            articles[id] = await store.Articles.GetRequiredAsync(id, ct).ConfigureAwait(false);
        }
        // Neighbours are read as loaded, before any of them is enriched: as parsed, which is what a caption's group is about.
        Task<Article?> Neighbour(string id) => Task.FromResult(articles.GetValueOrDefault(id));
        // Together, so their writes share the store's next commit instead of waiting for one commit each.
        foreach (var chunk in articles.Values.Chunk(ArticlesAtOnce))
        {
            await Task.WhenAll(chunk.Select(article => enrichment.EnrichAsync(article, bulletin, Neighbour, ct))).ConfigureAwait(false);
        }
        await context.Publish(new BulletinEnriched(bulletin.Id, context.Message.ParserVersion), ct).ConfigureAwait(false);
    }
}
