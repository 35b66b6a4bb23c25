using System.Text.Json;
using Platform.Contracts.Documents;

namespace Platform.Publish;

// Response shapes of the query API, declared for the OpenAPI document (Produces<T>); the handlers write the same
// property names with DocumentJson options.

/// <summary>A page of GET /v1/articles: items and the cursor of the next page (null on the last).</summary>
public sealed record ArticlePage(IReadOnlyList<Article> Items, string? NextCursor);

/// <summary>GET /v1/bulletins/{id}: the bulletin document and its articles in reading order.</summary>
public sealed record BulletinWithArticles(Bulletin Bulletin, IReadOnlyList<Article> Articles);

/// <summary>A page of GET /v1/events: events after the requested sequence and the sequence to ask after next.</summary>
public sealed record EventPage(IReadOnlyList<FeedEvent> Events, long Next);

/// <summary>One event of the pull feed; data is the same JSON body the broker delivers.</summary>
public sealed record FeedEvent(long Sequence, string Id, string Type, string Subject, string RoutingKey, DateTimeOffset Time, JsonElement Data);
