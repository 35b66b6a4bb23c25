using MassTransit;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Contracts.Public;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>Stores the final article, appends its public event, and publishes the bulletin once all its articles are out (<see cref="PublishPolicy"/>).</summary>
public sealed class PublishArticleConsumer(IDocumentStore store, EventAppender events) : IConsumer<ArticleEnriched>
{
    public async Task Consume(ConsumeContext<ArticleEnriched> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var article = await store.Articles.GetRequiredAsync(context.Message.ArticleId, ct).ConfigureAwait(false);
        if (PublishPolicy.IsOvertaken(article)) return;
        using var activity = PlatformTelemetry.ActivitySource.StartActivity("publish article");
        activity?.SetTag("platform.article.id", article.Id);
        if (PublishPolicy.ToPublish(article) is { } published)
        {
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
        if (bulletin is null) return;
        // Ids only: reading the bulletin's published documents after each article made a bulletin of n items read n²/2.
        var published = await store.Articles.ListIdsAsync(bulletinId, PipelineStatus.Published, ct).ConfigureAwait(false);
        if (!PublishPolicy.IsComplete(bulletin, published)) return;
        if (bulletin.Status != PipelineStatus.Published)
        {
            var done = bulletin with { Status = PipelineStatus.Published };
            var version = await store.Bulletins.PutAsync(done, bulletin, ct).ConfigureAwait(false);
            bulletin = done with { Version = version };
        }
        await events.AppendBulletinAsync(EventTypes.BulletinPublished, bulletin, ct).ConfigureAwait(false);
    }
}
