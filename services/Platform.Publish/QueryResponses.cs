using System.Text.Json;
using Platform.Contracts.Documents;

namespace Platform.Publish;

// The answers of the query API. The handlers return these records through TypedResults, so the OpenAPI document
// describes exactly what is written.

/// <summary>A page of <c>GET /v1/articles</c>.</summary>
/// <param name="Items">Published articles of this page, in the store's order.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
public sealed record ArticlePage(IReadOnlyList<Article> Items, string? NextCursor);

/// <summary><c>GET /v1/bulletins/{id}</c>: a parsed bulletin and its articles.</summary>
/// <param name="Bulletin">The bulletin document.</param>
/// <param name="Articles">Its articles in reading order (those stored so far).</param>
public sealed record BulletinWithArticles(Bulletin Bulletin, IReadOnlyList<Article> Articles);

/// <summary>A page of <c>GET /v1/events</c>.</summary>
/// <param name="Events">Events with a sequence above the requested one, in sequence order.</param>
/// <param name="Next">Pass as <c>after</c> for the next page (the request's <c>after</c> when the page is empty).</param>
public sealed record EventPage(IReadOnlyList<FeedEvent> Events, long Next);

/// <summary>One event of the pull feed.</summary>
/// <param name="Sequence">Position in the event log; strictly increasing.</param>
/// <param name="Id">CloudEvents id: the same on every redelivery and replay; deduplicate on it.</param>
/// <param name="Type">Event type, e.g. <c>article.published</c>.</param>
/// <param name="Subject">The article or bulletin id.</param>
/// <param name="RoutingKey">The routing key the event has on the exchange.</param>
/// <param name="Time">When the event was appended.</param>
/// <param name="Data">The same JSON body the broker and webhooks deliver.</param>
/// <param name="DataRef">CloudEvents <c>dataref</c>: the full article in the query API when <paramref name="Data"/> is truncated (the article was over the event size); else null.</param>
public sealed record FeedEvent(long Sequence, string Id, string Type, string Subject, string RoutingKey, DateTimeOffset Time, JsonElement Data, string? DataRef);
