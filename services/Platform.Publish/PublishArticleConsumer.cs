using MassTransit;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Contracts.Public;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>Stores the final article, appends its public event, and publishes the bulletin once all its articles are out.</summary>
public sealed class PublishArticleConsumer(IDocumentStore store, EventAppender events) : IConsumer<ArticleEnriched>
{
    public async Task Consume(ConsumeContext<ArticleEnriched> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var article = await store.Articles.GetAsync(context.Message.ArticleId, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Article {context.Message.ArticleId} is not in the store.");
        if (article.Status == PipelineStatus.Parsed) return; // A newer parse overtook this message; its own ArticleEnriched follows.
        using var activity = PlatformTelemetry.ActivitySource.StartActivity("publish article");
        activity?.SetTag("platform.article.id", article.Id);
        if (article.Status != PipelineStatus.Published)
        {
            var published = article with { Status = PipelineStatus.Published };
            var version = await store.Articles.PutAsync(published, article, ct).ConfigureAwait(false);
            article = published with { Version = version };
            PlatformTelemetry.ArticlesPublished.Add(1);
        }
        await events.AppendArticleAsync(article, ct).ConfigureAwait(false);
        await PublishBulletinWhenCompleteAsync(article.BulletinId, ct).ConfigureAwait(false);
    }

    private async Task PublishBulletinWhenCompleteAsync(string bulletinId, CancellationToken ct)
    {
        var bulletin = await store.Bulletins.GetAsync(bulletinId, ct).ConfigureAwait(false);
        if (bulletin is null || bulletin.Status == PipelineStatus.Rejected) return;
        var published = await store.Articles.QueryAsync(new ArticleQuery(BulletinId: bulletinId, Status: PipelineStatus.Published, Limit: 500), ct).ConfigureAwait(false);
        var publishedIds = published.Items.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (!bulletin.ArticleIds.All(publishedIds.Contains)) return;
        if (bulletin.Status != PipelineStatus.Published)
        {
            var done = bulletin with { Status = PipelineStatus.Published };
            var version = await store.Bulletins.PutAsync(done, bulletin, ct).ConfigureAwait(false);
            bulletin = done with { Version = version };
        }
        await events.AppendBulletinAsync(EventTypes.BulletinPublished, bulletin, ct).ConfigureAwait(false);
    }
}
