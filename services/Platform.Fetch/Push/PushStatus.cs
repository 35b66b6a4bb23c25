using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.Contracts.Documents;
using Platform.Hosting.Http;
using Platform.Storage;

namespace Platform.Fetch.Push;

/// <summary>GET /v1/bulletins/{id}/status: how far a pushed bulletin and each of its articles got.</summary>
public static class PushStatus
{
    private static readonly PipelineStatus[] ArticleStatuses =
        [PipelineStatus.Received, PipelineStatus.Parsed, PipelineStatus.Enriched, PipelineStatus.Published, PipelineStatus.Rejected];

    public static async Task<Results<Ok<BulletinProgress>, ProblemHttpResult>> GetAsync(string id, IDocumentStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        // The receipt, not the raw bulletin: its bytes and text are up to twice the maximum body, on every poll (issue 13 item 12).
        var raw = await store.RawBulletins.GetReceiptAsync(id, ct).ConfigureAwait(false);
        if (raw is null) return PlatformProblems.Create(StatusCodes.Status404NotFound, "not-found", "No such bulletin", $"No bulletin with id '{id}' was received.");
        var bulletin = await store.Bulletins.GetAsync(id, ct).ConfigureAwait(false);
        // Ids by status, not the documents: a maximum-size article is tens of megabytes, and this is polled (issue 13 item 12).
        var statuses = new List<(string Id, PipelineStatus Status)>();
        foreach (var status in ArticleStatuses)
        {
            var ids = await store.Articles.ListIdsAsync(id, status, ct).ConfigureAwait(false);
            statuses.AddRange(ids.Select(articleId => (articleId, status)));
        }
        statuses.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var progress = new ArticlesProgress(
            bulletin?.ArticleIds.Count ?? 0,
            statuses.Count,
            statuses.Count(a => a.Status is PipelineStatus.Enriched or PipelineStatus.Published),
            statuses.Count(a => a.Status == PipelineStatus.Published),
            [.. statuses.Select(a => new ArticleProgress(a.Id, WireNames.Of(a.Status)))]);
        return TypedResults.Ok(new BulletinProgress(id, WireNames.Of(bulletin?.Status ?? PipelineStatus.Received), bulletin?.RejectReason, raw.ReceivedAt,
            raw.Format, raw.Encoding, progress));
    }
}
