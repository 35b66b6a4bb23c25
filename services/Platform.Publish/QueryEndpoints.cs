using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Documents;
using Platform.Hosting.Http;
using Platform.Publish.Webhooks;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>The read API: articles with filters, bulletins with their articles, and the events pull feed.</summary>
public static class QueryEndpoints
{
    public static IEndpointRouteBuilder MapPublishEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/articles", ListArticlesAsync).WithName("ListArticles").WithTags("Articles")
            .WithSummary("Published articles, filtered, with cursor pagination")
            .WithDescription("region is a GB/T 2260 code prefix (43 = Hunan); from/to bound the article date; q matches text; pass nextCursor as cursor for the next page.")
            .Produces<ArticlePage>().ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/v1/articles/{id}", GetArticleAsync).WithName("GetArticle").WithTags("Articles")
            .WithSummary("One article document").Produces<Article>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/v1/bulletins/{id}", GetBulletinAsync).WithName("GetBulletin").WithTags("Bulletins")
            .WithSummary("A parsed bulletin with its articles").Produces<BulletinWithArticles>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/v1/events", ReadEventsAsync).WithName("ReadEvents").WithTags("Events")
            .WithSummary("The public event log in sequence order (pull feed)")
            .WithDescription("Returns events with sequence > after; pass next as after for the next page. waitSeconds (0-60) holds the request until an event arrives (long poll).")
            .Produces<EventPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapWebhookEndpoints();
        app.MapReplayEndpoints();
        return app;
    }

    private static async Task<IResult> ListArticlesAsync(HttpContext http, IDocumentStore store, CancellationToken ct,
        string? region = null, string? topic = null, string? kind = null, DateOnly? from = null, DateOnly? to = null,
        string? bulletinId = null, string? q = null, string? cursor = null, int limit = 50)
    {
        ArticleKind? parsedKind = null;
        if (kind is not null)
        {
            try
            {
                parsedKind = JsonSerializer.Deserialize<ArticleKind>($"\"{kind}\"", DocumentJson.Options);
            }
            catch (JsonException)
            {
                return PlatformProblems.InvalidQuery("Invalid kind", $"kind must be one of article, photo, quote, ad, notice (was '{kind}').");
            }
        }
        if (region is not null && (region.Length is 0 or > 6 || !region.All(char.IsAsciiDigit)))
            return PlatformProblems.InvalidQuery("Invalid region", "region must be 1-6 digits of a GB/T 2260 code.");
        if (limit is < 1 or > 500) return PlatformProblems.InvalidQuery("Invalid limit", "limit must be 1-500.");
        var page = await store.Articles.QueryAsync(new ArticleQuery(region, topic, parsedKind, from, to, bulletinId, q, PipelineStatus.Published, cursor, limit), ct).ConfigureAwait(false);
        return Json(new { items = page.Items, nextCursor = page.NextCursor });
    }

    private static async Task<IResult> GetArticleAsync(string id, IDocumentStore store, CancellationToken ct)
    {
        var article = await store.Articles.GetAsync(id, ct).ConfigureAwait(false);
        return article is null ? PlatformProblems.NotFound("No such article", $"No article with id '{id}'.") : Json(article);
    }

    private static async Task<IResult> GetBulletinAsync(string id, IDocumentStore store, CancellationToken ct)
    {
        var bulletin = await store.Bulletins.GetAsync(id, ct).ConfigureAwait(false);
        if (bulletin is null) return PlatformProblems.NotFound("No such bulletin", $"No parsed bulletin with id '{id}'.");
        var articles = new List<Article>();
        foreach (var articleId in bulletin.ArticleIds)
        {
            if (await store.Articles.GetAsync(articleId, ct).ConfigureAwait(false) is { } a) articles.Add(a);
        }
        return Json(new { bulletin, articles });
    }

    private static async Task<IResult> ReadEventsAsync(IDocumentStore store, TimeProvider time, CancellationToken ct, long after = 0, int limit = 100, int waitSeconds = 0)
    {
        if (limit is < 1 or > 1000) return PlatformProblems.InvalidQuery("Invalid limit", "limit must be 1-1000.");
        if (waitSeconds is < 0 or > 60) return PlatformProblems.InvalidQuery("Invalid wait", "waitSeconds must be 0-60.");
        var events = await store.Events.ReadAsync(after, limit, ct).ConfigureAwait(false);
        // Long poll: hold the request until something arrives or the wait ends.
        var deadline = time.GetUtcNow().AddSeconds(waitSeconds);
        while (events.Count == 0 && time.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), time, ct).ConfigureAwait(false);
            events = await store.Events.ReadAsync(after, limit, ct).ConfigureAwait(false);
        }
        return Json(new
        {
            events = events.Select(e => new
            {
                sequence = e.Sequence,
                id = e.Id,
                type = e.Type,
                subject = e.Subject,
                routingKey = e.RoutingKey,
                time = e.Time,
                data = JsonDocument.Parse(e.DataJson).RootElement,
            }),
            next = events.Count == 0 ? after : events[^1].Sequence,
        });
    }

    private static IResult Json(object value) => Results.Json(value, DocumentJson.Options);
}
