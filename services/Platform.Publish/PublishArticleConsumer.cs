using MassTransit;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>Stores the final article, appends its public event, and publishes the bulletin once all its articles are out (<see cref="BulletinCompletion"/>).</summary>
public sealed class PublishArticleConsumer(IDocumentStore store, EventAppender events, BulletinCompletion completion) : IConsumer<ArticleEnriched>
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
        await completion.PublishWhenCompleteAsync(article.BulletinId, ct).ConfigureAwait(false);
    }
}
