using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Fetch.Idempotency;
using Platform.Hosting.Http;

namespace Platform.Fetch.Push;

/// <summary>
/// A single-body push with an <c>Idempotency-Key</c>: the same key and byte-identical body (and Content-Type) within
/// 24 hours answers 200 with the first bulletin id (<c>Idempotent-Replayed: true</c>); the same key with another body is
/// 422 <c>idempotency-key-reused</c>; a key still being processed is 409. A refused or failed push frees its key.
/// Keys are kept per process (<see cref="IdempotencyCache"/>).
/// </summary>
public sealed class IdempotentPush(BulletinIntake intake, IdempotencyCache cache)
{
    public async Task<Results<Accepted<IngestAccepted>, Ok<IngestDuplicate>, ProblemHttpResult>> PushAsync(HttpResponse response, IngestRequest request,
        string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length > 255 || key.Any(c => c is < '!' or > '~'))
        {
            return PlatformProblems.Create(StatusCodes.Status400BadRequest, "invalid-idempotency-key", "Invalid Idempotency-Key",
                "An Idempotency-Key must be 1-255 printable ASCII characters without spaces.");
        }
        var (verdict, existingId) = cache.Claim(request.SourceId, key, BodyHash(request));
        switch (verdict)
        {
            case IdempotencyVerdict.Replay:
                response.Headers["Idempotent-Replayed"] = "true";
                return PushAnswers.Duplicate(existingId!);
            case IdempotencyVerdict.Reused:
                return PlatformProblems.Create(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", "Idempotency-Key reused",
                    $"The Idempotency-Key '{key}' was used within the last 24 hours for a different body.");
            case IdempotencyVerdict.InFlight:
                response.Headers.RetryAfter = "1";
                return PlatformProblems.Create(StatusCodes.Status409Conflict, "idempotency-key-in-use", "Idempotency-Key in use",
                    $"A push with the Idempotency-Key '{key}' is still being processed.");
        }
        var completed = false;
        try
        {
            var outcome = await intake.IngestAsync(request, ct).ConfigureAwait(false);
            if (outcome.BulletinId is not null)
            {
                cache.Complete(request.SourceId, key, outcome.BulletinId);
                completed = true;
            }
            return PushAnswers.Of(outcome);
        }
        finally
        {
            // A refused or failed push leaves nothing to replay: the client may fix it and retry with the same key.
            if (!completed) cache.Release(request.SourceId, key);
        }
    }

    /// <summary>The body as sent (Content-Type and bytes): the same text in another encoding is another request. Hashed incrementally, without a copy of the body.</summary>
    private static string BodyHash(IngestRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes((request.ContentType ?? "") + "\n"));
        hash.AppendData(request.Body.Span);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
