using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;

namespace Platform.Fetch.Push;

/// <summary>
/// A <c>multipart/form-data</c> push: every file is one bulletin, deduplicated by content (the Idempotency-Key is
/// ignored). All parts are read and counted first, then each file beyond the first takes a permit of its own (the
/// request took one): over the part limit or the rate limit, nothing is stored. Answered 207 with an item per file.
/// </summary>
public sealed class MultipartPush(BulletinIntake intake, PushRateLimit rateLimit, IOptions<FetchOptions> options)
{
    public async Task<Results<JsonHttpResult<MultipartIngest>, ProblemHttpResult>> PushAsync(HttpContext http, string sourceId, string? sourceUrl,
        DateTimeOffset? publishedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var limits = options.Value;
        var (files, problem) = await MultipartFiles.ReadAsync(http.Request.Body, http.Request.ContentType, limits.MaxBodyBytes, limits.MaxMultipartParts, ct)
            .ConfigureAwait(false);
        if (problem is not null) return problem;
        if (rateLimit.Acquire(http, sourceId, files!.Count - 1) is { } limited) return limited;
        var items = new List<MultipartIngestItem>(files.Count);
        foreach (var file in files)
        {
            var request = new IngestRequest(file.Bytes, file.ContentType, sourceId, sourceUrl ?? file.FileName, publishedAt, file.FileName);
            items.Add(PushAnswers.Item(file.FileName, await intake.IngestAsync(request, ct).ConfigureAwait(false)));
        }
        return TypedResults.Json(new MultipartIngest(items), statusCode: StatusCodes.Status207MultiStatus);
    }
}
