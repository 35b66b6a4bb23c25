using MassTransit;
using Platform.Contracts.Messages;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>
/// Publishes one article (<see cref="ArticlePublication"/>), then its bulletin once all its articles are out
/// (<see cref="BulletinCompletion"/>). The pipeline publishes whole bulletins (<see cref="PublishBulletinConsumer"/>);
/// this consumer serves stalled-work recovery, redriven messages and messages queued by earlier versions.
/// </summary>
public sealed class PublishArticleConsumer(IDocumentStore store, ArticlePublication publication, BulletinCompletion completion) : IConsumer<ArticleEnriched>
{
    public async Task Consume(ConsumeContext<ArticleEnriched> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var article = await store.Articles.GetRequiredAsync(context.Message.ArticleId, ct).ConfigureAwait(false);
        if (PublishPolicy.IsOvertaken(article)) return;
        await publication.PublishAsync(article, ct).ConfigureAwait(false);
        await completion.PublishWhenCompleteAsync(article.BulletinId, ct).ConfigureAwait(false);
    }
}
