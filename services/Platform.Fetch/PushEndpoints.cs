using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Fetch.Feeds;
using Platform.Fetch.Push;

namespace Platform.Fetch;

/// <summary>
/// The fetch service's HTTP surface: POST /v1/bulletins behind <see cref="PushAuthentication"/> (handled by
/// <see cref="BulletinPush"/>), GET /v1/bulletins/{id}/status (<see cref="PushStatus"/>) and GET /v1/feeds. Response
/// types come from the handlers' typed results; only what they cannot state (problems, 207) is declared here.
/// </summary>
public static class PushEndpoints
{
    public static IEndpointRouteBuilder MapFetchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/bulletins", BulletinPush.PushAsync).RequirePushKey().DisableAntiforgery().WithName("PushBulletin").WithTags("Push")
            .WithSummary("Push a bulletin (text/plain in any charset, text/html, application/octet-stream or multipart/form-data files)")
            .WithDescription("Authorization: Bearer <key> or X-Api-Key. Optional X-Source-Url, X-Published-At, Idempotency-Key (same key and body within 24 h: 200 with the first id; same key, other body: 422). 202 with the id and status URL; 200 when the same text was already stored; 207 per file for multipart (each file costs one push of the rate limit).")
            // "*/*" last: Accepts metadata also makes routing refuse other content types with a bare 415 before the
            // handler, which answers them itself with the named problem "unsupported-media-type".
            .Accepts<string>("text/plain", "text/html", "application/xhtml+xml", "application/octet-stream", "multipart/form-data", "*/*")
            .Produces<MultipartIngest>(StatusCodes.Status207MultiStatus)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);
        app.MapGet("/v1/bulletins/{id}/status", PushStatus.GetAsync).WithName("BulletinStatus").WithTags("Push")
            .WithSummary("Progress of a pushed bulletin: received, parsed, enriched, published or rejected, per article")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapFeedEndpoints();
        return app;
    }
}
