using MassTransit;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>
/// Publishes every article of an enriched bulletin (<see cref="ArticlePublication"/>), then the bulletin
/// (<see cref="BulletinCompletion"/>): one completeness check per bulletin instead of one per article.
/// </summary>
public sealed class PublishBulletinConsumer(IDocumentStore store, ArticlePublication publication, BulletinCompletion completion) : IConsumer<BulletinEnriched>
{
    /// <summary>Articles published at once: a bulletin of hundreds of items holds this many event bodies and writes in memory, not all of them.</summary>
    public const int ArticlesAtOnce = 32;

    public async Task Consume(ConsumeContext<BulletinEnriched> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var bulletin = await store.Bulletins.GetRequiredAsync(context.Message.BulletinId, ct).ConfigureAwait(false);
        if (bulletin.Status == PipelineStatus.Rejected) return;
        async Task PublishAsync(string id) =>
            await publication.PublishAsync(await store.Articles.GetRequiredAsync(id, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        // Together, so their writes share the store's commits; the bulletin's own event follows all of theirs.
        foreach (var chunk in bulletin.ArticleIds.Chunk(ArticlesAtOnce))
        {
            await Task.WhenAll(chunk.Select(PublishAsync)).ConfigureAwait(false);
        }
        await completion.PublishWhenCompleteAsync(bulletin.Id, ct).ConfigureAwait(false);
    }
}
