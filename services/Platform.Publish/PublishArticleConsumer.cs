using MassTransit;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Hosting;
using Platform.Hosting.Memory;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>
/// Stores the final article, appends its public event, and publishes the bulletin once all its articles are out
/// (<see cref="BulletinCompletion"/>); a large article is published only when the process's
/// <see cref="DocumentMemoryBudget"/> has room for it.
/// </summary>
public sealed class PublishArticleConsumer(IDocumentStore store, EventAppender events, BulletinCompletion completion, DocumentMemoryBudget memory) : IConsumer<ArticleEnriched>
{
    public async Task Consume(ConsumeContext<ArticleEnriched> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var article = await store.Articles.GetRequiredAsync(context.Message.ArticleId, ct).ConfigureAwait(false);
        if (PublishPolicy.IsOvertaken(article)) return;
        // The size is the loaded article's: the gate admits the write and the event, whose JSON is the size of the text again.
        using var admitted = await memory.EnterAsync(article.Text.Length, ct).ConfigureAwait(false);
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
