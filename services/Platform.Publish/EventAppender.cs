using System.Text.Json;
using Platform.Contracts.Public;
using Platform.Contracts.Documents;
using Microsoft.Extensions.Options;
using Platform.Hosting;
using Platform.Publish.Configuration;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>
/// Appends public events to the outbox with dedup keys chosen so that redelivered messages append nothing,
/// a document changed for consumers appends <c>article.updated</c>, and an unchanged reprocessed document appends nothing.
/// Article events carry <see cref="PublishedArticle"/>, truncated when over <c>Platform:Publish:MaxEventBytes</c> (<see cref="ArticleEventBody"/>).
/// </summary>
public sealed class EventAppender(IDocumentStore store, OutboxSignal signal, IOptions<PublishOptions> options)
{
    public async Task AppendArticleAsync(Article article, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        var payload = PublishedArticle.Of(article);
        var maxBytes = options.Value.MaxEventBytes;
        var (body, data) = ArticleEventBody.Encode(payload, maxBytes);
        if (body.BodyTruncated) PlatformTelemetry.EventsTruncated.Add(1);
        var (first, appended) = await store.Events.AppendAsync(new NewEvent(FirstArticleEventKey(article.Id), EventTypes.ArticlePublished,
            article.Id, RoutingKeys.ForArticle(EventTypes.ArticlePublished, article), data, body.DataRef), ct).ConfigureAwait(false);
        // The content hash is needed only when the article was announced before (a redelivery or a reprocessed article).
        if (!appended && !SameContent(first.DataJson, payload, maxBytes))
        {
            (_, appended) = await store.Events.AppendAsync(new NewEvent($"article:{article.Id}:{ContentHash(payload)}", EventTypes.ArticleUpdated,
                article.Id, RoutingKeys.ForArticle(EventTypes.ArticleUpdated, article), data, body.DataRef), ct).ConfigureAwait(false);
        }
        if (appended)
        {
            PlatformTelemetry.EventsAppended.Add(1);
            signal.Notify();
        }
    }

    /// <summary>
    /// True when every one of <paramref name="articleIds"/> has its first article event. An article is marked published
    /// before its event is appended, so a bulletin whose articles are all published may still wait for the event of one
    /// whose consumer is between the two writes; that consumer completes the bulletin after its append.
    /// </summary>
    public async Task<bool> AllArticlesAnnouncedAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        // Distinct: the store counts each key once, so a repeated id would keep the bulletin from ever completing.
        var keys = articleIds.Distinct(StringComparer.Ordinal).Select(FirstArticleEventKey).ToList();
        return await store.Events.CountAppendedAsync(keys, ct).ConfigureAwait(false) == keys.Count;
    }

    private static string FirstArticleEventKey(string articleId) => $"article:{articleId}:first";

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
    // drops what it leaves out, so they compare by the same fields. A truncated event compares with the truncated form of
    // the new payload: a change only in the text its truncation left out is not announced again.
    private static bool SameContent(string storedJson, PublishedArticle payload, int maxBytes)
    {
        var stored = JsonSerializer.Deserialize<PublishedArticle>(storedJson, DocumentJson.Options);
        if (stored is null) return false;
        return ContentHash(stored) == ContentHash(stored.BodyTruncated ? ArticleEventBody.Bound(payload, maxBytes) : payload);
    }

    /// <summary>SHA-256 (hex) of the event body without its revision: equal hashes = nothing changed for consumers.</summary>
    private static string ContentHash(PublishedArticle payload) => PublishedArticleJson.Sha256(payload with { Version = 0 });
}
