using System.Text.Json;
using Platform.Contracts.Public;
using Platform.Contracts.Documents;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>
/// Appends public events to the outbox with dedup keys chosen so that redelivered messages append nothing,
/// a changed document appends <c>article.updated</c>, and an unchanged reprocessed document appends nothing.
/// </summary>
public sealed class EventAppender(IDocumentStore store, OutboxSignal signal)
{
    public async Task AppendArticleAsync(Article article, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        var data = JsonSerializer.Serialize(article, DocumentJson.Options);
        var (first, appended) = await store.Events.AppendAsync(new NewEvent($"article:{article.Id}:first", EventTypes.ArticlePublished,
            article.Id, RoutingKeys.ForArticle(EventTypes.ArticlePublished, article), data), ct).ConfigureAwait(false);
        // The content hash is needed only when the article was announced before (a redelivery or a reprocessed article).
        if (!appended)
        {
            var hash = ArticleContent.Hash(article);
            if (!SameContent(first.DataJson, hash))
            {
                (_, appended) = await store.Events.AppendAsync(new NewEvent($"article:{article.Id}:{hash}", EventTypes.ArticleUpdated,
                    article.Id, RoutingKeys.ForArticle(EventTypes.ArticleUpdated, article), data), ct).ConfigureAwait(false);
            }
        }
        if (appended)
        {
            PlatformTelemetry.EventsAppended.Add(1);
            signal.Notify();
        }
    }

    public async Task AppendBulletinAsync(string type, Bulletin bulletin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var key = $"bulletin:{bulletin.Id}:{type}:{string.Join(',', bulletin.ArticleIds)}:{bulletin.ParserVersion}";
        var (_, appended) = await store.Events.AppendAsync(new NewEvent(key, type, bulletin.Id, RoutingKeys.ForBulletin(type),
            JsonSerializer.Serialize(BulletinSummary.Of(bulletin), DocumentJson.Options)), ct).ConfigureAwait(false);
        if (appended)
        {
            PlatformTelemetry.EventsAppended.Add(1);
            signal.Notify();
        }
    }

    private static bool SameContent(string storedJson, string hash)
    {
        var stored = JsonSerializer.Deserialize<Article>(storedJson, DocumentJson.Options);
        return stored is not null && ArticleContent.Hash(stored) == hash;
    }
}
