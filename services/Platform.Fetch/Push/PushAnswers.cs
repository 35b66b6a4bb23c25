using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.Hosting.Http;

namespace Platform.Fetch.Push;

/// <summary>How an <see cref="IngestOutcome"/> is answered: 202 accepted, 200 duplicate, or the extraction's problem.</summary>
public static class PushAnswers
{
    public static string StatusUrl(string bulletinId) => $"/v1/bulletins/{bulletinId}/status";

    public static Results<Accepted<IngestAccepted>, Ok<IngestDuplicate>, ProblemHttpResult> Of(IngestOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Status switch
        {
            IngestStatus.Rejected => Problem(outcome),
            IngestStatus.Duplicate => Duplicate(outcome.BulletinId!),
            _ => TypedResults.Accepted(StatusUrl(outcome.BulletinId!),
                new IngestAccepted(outcome.BulletinId!, WireNames.Of(IngestStatus.Accepted), outcome.Format!.Value, outcome.Encoding,
                    StatusUrl(outcome.BulletinId!))),
        };
    }

    public static Ok<IngestDuplicate> Duplicate(string bulletinId) =>
        TypedResults.Ok(new IngestDuplicate(bulletinId, WireNames.Of(IngestStatus.Duplicate), StatusUrl(bulletinId)));

    /// <summary>One file of a multipart push, as its item in the 207 answer.</summary>
    public static MultipartIngestItem Item(string? fileName, IngestOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var problem = outcome.Failure is { } f ? new ItemProblem(PlatformProblems.TypeOf(f.ProblemType), f.Title, f.Detail) : null;
        return new MultipartIngestItem(fileName, WireNames.Of(outcome.Status), outcome.BulletinId,
            outcome.BulletinId is null ? null : StatusUrl(outcome.BulletinId), problem);
    }

    /// <summary>413 <c>body-too-large</c>.</summary>
    public static ProblemHttpResult TooLarge(long max) =>
        PlatformProblems.Create(StatusCodes.Status413PayloadTooLarge, "body-too-large", "Bulletin too large", $"The body exceeds the limit of {max} bytes.");

    private static ProblemHttpResult Problem(IngestOutcome outcome)
    {
        var f = outcome.Failure!;
        var status = f.ProblemType switch
        {
            "binary-body" or "unsupported-charset" or "unsupported-format" => StatusCodes.Status415UnsupportedMediaType,
            "document-too-large" => StatusCodes.Status413PayloadTooLarge,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return PlatformProblems.Create(status, f.ProblemType, f.Title, f.Detail);
    }
}
