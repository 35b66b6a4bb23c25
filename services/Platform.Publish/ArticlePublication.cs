using Platform.Contracts.Documents;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>
/// Publishes one enriched article: marks it published once (<see cref="PublishPolicy"/>) and appends its public event.
/// The work both publish consumers share, whether they take a bulletin whole or one article of it.
/// </summary>
public sealed class ArticlePublication(IDocumentStore store, EventAppender events)
{
    /// <summary>Publishes <paramref name="article"/> as stored, unless a newer parse overtook it (that parse's own messages follow).</summary>
    public async Task PublishAsync(Article article, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
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
    }
}
