using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts;
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
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/v1/articles/{id}", GetArticleAsync).WithName("GetArticle").WithTags("Articles")
            .WithSummary("One article document").ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/v1/bulletins/{id}", GetBulletinAsync).WithName("GetBulletin").WithTags("Bulletins")
            .WithSummary("A parsed bulletin with its articles").ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/v1/events", ReadEventsAsync).WithName("ReadEvents").WithTags("Events")
            .WithSummary("The public event log in sequence order (pull feed)")
            .WithDescription("Returns events with sequence > after; pass next as after for the next page. waitSeconds (0-60) holds the request until an event arrives (long poll).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapWebhookEndpoints();
        app.MapReplayEndpoints();
        app.MapQuarantineEndpoints();
        app.MapRedriveEndpoints();
        return app;
    }

    private static async Task<Results<Ok<ArticlePage>, ProblemHttpResult>> ListArticlesAsync(IDocumentStore store, CancellationToken ct,
        string? region = null, string? topic = null, string? kind = null, DateOnly? from = null, DateOnly? to = null,
        string? bulletinId = null, string? q = null, string? cursor = null, int limit = 50)
    {
        ArticleKind? parsedKind = null;
        if (kind is not null)
        {
            if (!WireNames.TryParse<ArticleKind>(kind, out var named))
            {
                return PlatformProblems.InvalidQuery("Invalid kind",
                    $"kind must be one of {string.Join(", ", Enum.GetValues<ArticleKind>().Select(k => WireNames.Of(k)))} (was '{kind}').");
            }
            parsedKind = named;
        }
        if (region is not null && (region.Length is 0 or > 6 || !region.All(char.IsAsciiDigit)))
            return PlatformProblems.InvalidQuery("Invalid region", "region must be 1-6 digits of a GB/T 2260 code.");
        if (limit is < 1 or > 500) return PlatformProblems.InvalidQuery("Invalid limit", "limit must be 1-500.");
        var page = await store.Articles.QueryAsync(new ArticleQuery(region, topic, parsedKind, from, to, bulletinId, q, PipelineStatus.Published, cursor, limit), ct).ConfigureAwait(false);
        return TypedResults.Ok(new ArticlePage(page.Items, page.NextCursor));
    }

    // Only what the pipeline published is served: an article still being parsed or enriched is not yet an answer.
    private static async Task<Results<Ok<Article>, ProblemHttpResult>> GetArticleAsync(string id, IDocumentStore store, CancellationToken ct) =>
        await store.Articles.GetAsync(id, ct).ConfigureAwait(false) is { Status: PipelineStatus.Published } article
            ? TypedResults.Ok(article)
            : PlatformProblems.NotFound("No such article", $"No article with id '{id}'.");

    private static async Task<Results<Ok<BulletinWithArticles>, ProblemHttpResult>> GetBulletinAsync(string id, IDocumentStore store, CancellationToken ct)
    {
        var bulletin = await store.Bulletins.GetAsync(id, ct).ConfigureAwait(false);
        if (bulletin is null) return PlatformProblems.NotFound("No such bulletin", $"No parsed bulletin with id '{id}'.");
        var articles = new List<Article>();
        foreach (var articleId in bulletin.ArticleIds)
        {
            if (await store.Articles.GetAsync(articleId, ct).ConfigureAwait(false) is { } a) articles.Add(a);
        }
        return TypedResults.Ok(new BulletinWithArticles(bulletin, articles));
    }

    private static async Task<Results<Ok<EventPage>, ProblemHttpResult>> ReadEventsAsync(IDocumentStore store, TimeProvider time, CancellationToken ct, long after = 0, int limit = 100, int waitSeconds = 0)
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
        var page = events.Select(e => new FeedEvent(e.Sequence, e.Id, e.Type, e.Subject, e.RoutingKey, e.Time, JsonElement.Parse(e.DataJson), e.DataRef)).ToArray();
        return TypedResults.Ok(new EventPage(page, events.Count == 0 ? after : events[^1].Sequence));
    }
}
