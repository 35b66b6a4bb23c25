using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.Fetch.Feeds;

/// <summary>GET /v1/feeds: the state of every pulled feed in this process.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/feeds", (FeedPoller poller) => TypedResults.Ok(new FeedList(poller.Snapshot()))).WithName("Feeds").WithTags("Feeds")
            .WithSummary("State of every pulled feed in this process: schedule, last success, last error, next run, counters");
        return app;
    }
}
