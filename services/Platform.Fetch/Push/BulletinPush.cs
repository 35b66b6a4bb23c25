using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Platform.Hosting.Http;

namespace Platform.Fetch.Push;

/// <summary>
/// POST /v1/bulletins once <see cref="PushAuthentication"/> let it through: one permit of the source's rate, the body
/// limit, the media type, then a single body (with or without an Idempotency-Key) or a multipart body.
/// </summary>
public static class BulletinPush
{
    private static readonly HashSet<string> AcceptedMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/plain", "text/html", "application/xhtml+xml", "application/octet-stream", "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
    };

    public static async Task<Results<Accepted<IngestAccepted>, Ok<IngestDuplicate>, JsonHttpResult<MultipartIngest>, ProblemHttpResult>> PushAsync(
        HttpContext http, BulletinIntake intake, PushRateLimit rateLimit, IdempotentPush idempotent, MultipartPush multipart,
        IOptions<FetchOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var sourceId = http.Features.GetRequiredFeature<PushSource>().Id;
        if (rateLimit.Acquire(http, sourceId, 1) is { } limited) return limited;
        var max = options.Value.MaxBodyBytes;
        if (http.Request.ContentLength > max) return PushAnswers.TooLarge(max);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature) sizeFeature.MaxRequestBodySize = max + 1;
        var contentType = http.Request.ContentType;
        var mediaType = contentType?.Split(';')[0].Trim();
        var sourceUrl = http.Request.Headers["X-Source-Url"].ToString() is { Length: > 0 } u ? u : null;
        DateTimeOffset? publishedAt = DateTimeOffset.TryParse(http.Request.Headers["X-Published-At"].ToString(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var p) ? p : null;
        if (mediaType is not null && mediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (await multipart.PushAsync(http, sourceId, sourceUrl, publishedAt, ct).ConfigureAwait(false)).Result switch
            {
                JsonHttpResult<MultipartIngest> items => items,
                var other => (ProblemHttpResult)other,
            };
        }
        if (mediaType is not null && !AcceptedMediaTypes.Contains(mediaType))
        {
            return PlatformProblems.Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported content type",
                $"Content type '{mediaType}' is not accepted; send text/plain, text/html, application/octet-stream or multipart/form-data.");
        }
        byte[]? body;
        try
        {
            body = await BoundedBody.ReadAsync(http.Request.Body, http.Request.ContentLength, max, ct).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }
        if (body is null) return PushAnswers.TooLarge(max);
        var request = new IngestRequest(body, contentType, sourceId, sourceUrl, publishedAt);
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        var answer = key.Length == 0
            ? PushAnswers.Of(await intake.IngestAsync(request, ct).ConfigureAwait(false))
            : await idempotent.PushAsync(http.Response, request, key, ct).ConfigureAwait(false);
        return answer.Result switch
        {
            Accepted<IngestAccepted> accepted => accepted,
            Ok<IngestDuplicate> duplicate => duplicate,
            var other => (ProblemHttpResult)other,
        };
    }
}
