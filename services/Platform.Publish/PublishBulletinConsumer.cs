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
    public async Task Consume(ConsumeContext<BulletinEnriched> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var bulletin = await store.Bulletins.GetRequiredAsync(context.Message.BulletinId, ct).ConfigureAwait(false);
        if (bulletin.Status == PipelineStatus.Rejected) return;
        var articles = new List<Article>(bulletin.ArticleIds.Count);
        foreach (var id in bulletin.ArticleIds)
        {
            articles.Add(await store.Articles.GetRequiredAsync(id, ct).ConfigureAwait(false));
        }
        // Together, so their writes share the store's commits; the bulletin's own event follows all of theirs.
        await Task.WhenAll(articles.Select(article => publication.PublishAsync(article, ct))).ConfigureAwait(false);
        await completion.PublishWhenCompleteAsync(bulletin.Id, ct).ConfigureAwait(false);
    }
}
