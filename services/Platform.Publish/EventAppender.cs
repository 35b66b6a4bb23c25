using System.Security.Cryptography;
using System.Text.Json;
using Platform.Contracts.Public;
using Platform.Contracts.Documents;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>
/// Appends public events to the outbox with dedup keys chosen so that redelivered messages append nothing,
/// a document changed for consumers appends <c>article.updated</c>, and an unchanged reprocessed document appends nothing.
/// Article events carry <see cref="PublishedArticle"/>.
/// </summary>
public sealed class EventAppender(IDocumentStore store, OutboxSignal signal)
{
    public async Task AppendArticleAsync(Article article, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        var payload = PublishedArticle.Of(article);
        var data = JsonSerializer.Serialize(payload, DocumentJson.Options);
        var (first, appended) = await store.Events.AppendAsync(new NewEvent($"article:{article.Id}:first", EventTypes.ArticlePublished,
            article.Id, RoutingKeys.ForArticle(EventTypes.ArticlePublished, article), data), ct).ConfigureAwait(false);
        // The content hash is needed only when the article was announced before (a redelivery or a reprocessed article).
        if (!appended)
        {
            var hash = ContentHash(payload);
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

    // Events appended before the payload had its own record carry the whole article; reading them as the payload
    // drops what it leaves out, so they compare by the same fields.
    private static bool SameContent(string storedJson, string hash)
    {
        var stored = JsonSerializer.Deserialize<PublishedArticle>(storedJson, DocumentJson.Options);
        return stored is not null && ContentHash(stored) == hash;
    }

    /// <summary>SHA-256 (hex) of the event body without its revision: equal hashes = nothing changed for consumers.</summary>
    private static string ContentHash(PublishedArticle payload) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(payload with { Version = 0 }, DocumentJson.Options)));
}
