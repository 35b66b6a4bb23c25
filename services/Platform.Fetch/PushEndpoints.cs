using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.Contracts.Documents;
using Platform.Fetch.Configuration;
using Platform.Fetch.Feeds;
using Platform.Fetch.Idempotency;
using Platform.Hosting.Http;
using Platform.Storage;

namespace Platform.Fetch;

/// <summary>
/// HTTP push: POST /v1/bulletins and GET /v1/bulletins/{id}/status (and, mapped alongside, GET /v1/feeds).
/// <c>Idempotency-Key</c> on a single-body push: the same key and byte-identical body (and Content-Type) within
/// 24 hours answers 200 with the first bulletin id; the same key with a different body is 422
/// <c>idempotency-key-reused</c>; a key still being processed is 409. Keys are kept per process
/// (<see cref="IdempotencyCache"/>); multipart pushes ignore the key and rely on content deduplication per file.
/// </summary>
public static class PushEndpoints
{
    private static readonly HashSet<string> AcceptedMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/plain", "text/html", "application/xhtml+xml", "application/octet-stream", "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
    };

    public static IEndpointRouteBuilder MapFetchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/bulletins", PushAsync).DisableAntiforgery().WithName("PushBulletin").WithTags("Push")
            .WithSummary("Push a bulletin (text/plain in any charset, text/html, application/octet-stream or multipart/form-data files)")
            .WithDescription("Authorization: Bearer <key> or X-Api-Key. Optional X-Source-Url, X-Published-At, Idempotency-Key (same key and body within 24 h: 200 with the first id; same key, other body: 422). 202 with the id and status URL; 200 when the same text was already stored; 207 per file for multipart.")
            // "*/*" last: Accepts metadata also makes routing refuse other content types with a bare 415 before the
            // handler, which answers them itself with the named problem "unsupported-media-type".
            .Accepts<string>("text/plain", "text/html", "application/xhtml+xml", "application/octet-stream", "multipart/form-data", "*/*")
            .Produces(StatusCodes.Status202Accepted).Produces(StatusCodes.Status200OK).Produces(StatusCodes.Status207MultiStatus)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);
        app.MapGet("/v1/bulletins/{id}/status", StatusAsync).WithName("BulletinStatus").WithTags("Push")
            .WithSummary("Progress of a pushed bulletin: received, parsed, enriched, published or rejected, per article")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapFeedEndpoints();
        return app;
    }

    private static async Task<IResult> PushAsync(HttpContext http, BulletinIntake intake, SourceAuthenticator auth,
        PartitionedRateLimiter<string> limiter, IOptions<FetchOptions> options, IdempotencyCache idempotency, CancellationToken ct)
    {
        var (sourceId, problem) = await auth.AuthenticateAsync(http.Request, ct).ConfigureAwait(false);
        if (problem is not null) return problem;
        using var lease = limiter.AttemptAcquire(sourceId!);
        if (!lease.IsAcquired)
        {
            http.Response.Headers.RetryAfter = "60";
            return PlatformProblems.Create(StatusCodes.Status429TooManyRequests, "rate-limited", "Too many pushes",
                $"Source '{sourceId}' exceeded {options.Value.RateLimitPerMinute} pushes per minute.");
        }
        var max = options.Value.MaxBodyBytes;
        if (http.Request.ContentLength > max) return TooLarge(max);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature) sizeFeature.MaxRequestBodySize = max + 1;
        var contentType = http.Request.ContentType;
        var mediaType = contentType?.Split(';')[0].Trim();
        var sourceUrl = http.Request.Headers["X-Source-Url"].ToString() is { Length: > 0 } u ? u : null;
        DateTimeOffset? publishedAt = DateTimeOffset.TryParse(http.Request.Headers["X-Published-At"].ToString(),
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var p) ? p : null;
        try
        {
            if (mediaType is not null && mediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                return await PushMultipartAsync(http, intake, sourceId!, sourceUrl, publishedAt, max, ct).ConfigureAwait(false);
            }
            if (mediaType is not null && !AcceptedMediaTypes.Contains(mediaType))
            {
                return PlatformProblems.Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported content type",
                    $"Content type '{mediaType}' is not accepted; send text/plain, text/html, application/octet-stream or multipart/form-data.");
            }
            var body = await ReadBodyAsync(http.Request.Body, max, ct).ConfigureAwait(false);
            if (body is null) return TooLarge(max);
            var request = new IngestRequest(body, contentType, sourceId!, sourceUrl, publishedAt);
            var key = http.Request.Headers["Idempotency-Key"].ToString();
            if (key.Length == 0)
            {
                return ToResult(await intake.IngestAsync(request, ct).ConfigureAwait(false), http);
            }
            return await PushIdempotentAsync(http, intake, idempotency, request, key, ct).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(max);
        }
        catch (InvalidDataException ex)
        {
            return PlatformProblems.Create(StatusCodes.Status400BadRequest, "malformed-multipart", "Malformed multipart body", ex.Message);
        }
    }

    private static async Task<IResult> PushIdempotentAsync(HttpContext http, BulletinIntake intake, IdempotencyCache idempotency,
        IngestRequest request, string key, CancellationToken ct)
    {
        if (key.Length > 255 || key.Any(c => c is < '!' or > '~'))
        {
            return PlatformProblems.Create(StatusCodes.Status400BadRequest, "invalid-idempotency-key", "Invalid Idempotency-Key",
                "An Idempotency-Key must be 1-255 printable ASCII characters without spaces.");
        }
        // The body is compared as sent (bytes and Content-Type): the same text in another encoding is another request.
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            [.. System.Text.Encoding.UTF8.GetBytes((request.ContentType ?? "") + "\n"), .. request.Body.Span]));
        var (verdict, existingId) = idempotency.Claim(request.SourceId, key, hash);
        switch (verdict)
        {
            case IdempotencyVerdict.Replay:
                http.Response.Headers["Idempotent-Replayed"] = "true";
                return Results.Json(new { id = existingId, status = "duplicate", statusUrl = $"/v1/bulletins/{existingId}/status" }, statusCode: StatusCodes.Status200OK);
            case IdempotencyVerdict.Reused:
                return PlatformProblems.Create(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", "Idempotency-Key reused",
                    $"The Idempotency-Key '{key}' was used within the last 24 hours for a different body.");
            case IdempotencyVerdict.InFlight:
                http.Response.Headers.RetryAfter = "1";
                return PlatformProblems.Create(StatusCodes.Status409Conflict, "idempotency-key-in-use", "Idempotency-Key in use",
                    $"A push with the Idempotency-Key '{key}' is still being processed.");
        }
        var completed = false;
        try
        {
            var outcome = await intake.IngestAsync(request, ct).ConfigureAwait(false);
            if (outcome.BulletinId is not null)
            {
                idempotency.Complete(request.SourceId, key, outcome.BulletinId);
                completed = true;
            }
            return ToResult(outcome, http);
        }
        finally
        {
            // A refused or failed push leaves nothing to replay: the client may fix it and retry with the same key.
            if (!completed) idempotency.Release(request.SourceId, key);
        }
    }

    private static async Task<IResult> PushMultipartAsync(HttpContext http, BulletinIntake intake, string sourceId, string? sourceUrl,
        DateTimeOffset? publishedAt, long max, CancellationToken ct)
    {
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException)
        {
            // The form reader reports truncated or unbounded parts as I/O errors: the client sent a broken body.
            return PlatformProblems.Create(StatusCodes.Status400BadRequest, "malformed-multipart", "Malformed multipart body", ex.Message);
        }
        if (form.Files.Count == 0)
        {
            return PlatformProblems.Create(StatusCodes.Status400BadRequest, "malformed-multipart", "No files", "The multipart body holds no file parts.");
        }
        var results = new List<object>();
        foreach (var file in form.Files)
        {
            if (file.Length > max) return TooLarge(max);
            await using var stream = file.OpenReadStream();
            var body = await ReadBodyAsync(stream, max, ct).ConfigureAwait(false);
            if (body is null) return TooLarge(max);
            var outcome = await intake.IngestAsync(new IngestRequest(body, file.ContentType, sourceId, sourceUrl ?? file.FileName, publishedAt, file.FileName), ct).ConfigureAwait(false);
            results.Add(new
            {
                file = file.FileName,
                status = WireNames.Of(outcome.Status),
                id = outcome.BulletinId,
                statusUrl = outcome.BulletinId is null ? null : $"/v1/bulletins/{outcome.BulletinId}/status",
                problem = outcome.Failure is null ? null : new { type = PlatformProblems.TypePrefix + outcome.Failure.ProblemType, title = outcome.Failure.Title, detail = outcome.Failure.Detail },
            });
        }
        return Results.Json(new { items = results }, statusCode: StatusCodes.Status207MultiStatus);
    }

    private static IResult ToResult(IngestOutcome outcome, HttpContext http)
    {
        switch (outcome.Status)
        {
            case IngestStatus.Rejected:
                var f = outcome.Failure!;
                var status = f.ProblemType switch
                {
                    "binary-body" or "unsupported-charset" or "unsupported-format" => StatusCodes.Status415UnsupportedMediaType,
                    "document-too-large" => StatusCodes.Status413PayloadTooLarge,
                    _ => StatusCodes.Status422UnprocessableEntity,
                };
                return PlatformProblems.Create(status, f.ProblemType, f.Title, f.Detail);
            case IngestStatus.Duplicate:
                return Results.Json(new { id = outcome.BulletinId, status = "duplicate", statusUrl = $"/v1/bulletins/{outcome.BulletinId}/status" }, statusCode: StatusCodes.Status200OK);
            default:
                var statusUrl = $"/v1/bulletins/{outcome.BulletinId}/status";
                http.Response.Headers.Location = statusUrl;
                return Results.Json(new { id = outcome.BulletinId, status = "accepted", encoding = outcome.Encoding, statusUrl }, statusCode: StatusCodes.Status202Accepted);
        }
    }

    private static async Task<IResult> StatusAsync(string id, IDocumentStore store, CancellationToken ct)
    {
        var raw = await store.RawBulletins.GetAsync(id, ct).ConfigureAwait(false);
        if (raw is null) return PlatformProblems.Create(StatusCodes.Status404NotFound, "not-found", "No such bulletin", $"No bulletin with id '{id}' was received.");
        var bulletin = await store.Bulletins.GetAsync(id, ct).ConfigureAwait(false);
        var articles = await store.Articles.QueryAllAsync(new ArticleQuery(BulletinId: id), ct).ConfigureAwait(false);
        var status = bulletin?.Status ?? PipelineStatus.Received;
        return Results.Json(new
        {
            id,
            status = Name(status),
            reason = bulletin?.RejectReason,
            receivedAt = raw.ReceivedAt,
            encoding = raw.Encoding,
            articles = new
            {
                total = bulletin?.ArticleIds.Count ?? 0,
                parsed = articles.Count,
                enriched = articles.Count(a => a.Status is PipelineStatus.Enriched or PipelineStatus.Published),
                published = articles.Count(a => a.Status == PipelineStatus.Published),
                items = articles.Select(a => new { id = a.Id, status = Name(a.Status) }),
            },
        });
    }

    private static string Name(PipelineStatus status) => WireNames.Of(status);

    /// <summary>Reads at most <paramref name="max"/> bytes; null when the body is longer.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static IResult TooLarge(long max) =>
        PlatformProblems.Create(StatusCodes.Status413PayloadTooLarge, "body-too-large", "Bulletin too large", $"The body exceeds the limit of {max} bytes.");
}
