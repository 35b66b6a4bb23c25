using MassTransit;
using Platform.Contracts.Messages;
using Platform.Storage;

namespace Platform.Enrich;

/// <summary>
/// Enriches one article (<see cref="ArticleEnrichmentWrite"/>) and announces it. The pipeline enriches whole bulletins
/// (<see cref="EnrichBulletinConsumer"/>); this consumer serves stalled-work recovery, redriven messages and messages
/// queued by earlier versions, which announced each article.
/// </summary>
public sealed class EnrichArticleConsumer(IDocumentStore store, ArticleEnrichmentWrite enrichment) : IConsumer<ArticleParsed>
{
    public async Task Consume(ConsumeContext<ArticleParsed> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var article = await store.Articles.GetRequiredAsync(context.Message.ArticleId, ct).ConfigureAwait(false);
        if (EnrichPolicy.NeedsEnrichment(article))
        {
            var bulletin = await store.Bulletins.GetRequiredAsync(article.BulletinId, ct).ConfigureAwait(false);
            await enrichment.EnrichAsync(article, bulletin, id => store.Articles.GetAsync(id, ct), ct).ConfigureAwait(false);
        }
        await context.Publish(new ArticleEnriched(article.Id, article.BulletinId), ct).ConfigureAwait(false);
    }
}
