using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Hosting.Http;
using Platform.Publish.Webhooks;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>
/// The event quarantine for operators, behind the admin key: <c>GET /v1/admin/quarantine</c> lists the events the broker
/// refused with the reason, and <c>POST /v1/admin/quarantine/{sequence}/release</c> puts one back into the outbox once the
/// broker's limit was raised (it is quarantined again, with a fresh reason, if the broker still refuses it).
/// </summary>
public static class QuarantineEndpoints
{
    public static IEndpointRouteBuilder MapQuarantineEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/admin/quarantine").RequireAdminKey().WithTags("Admin");
        group.MapGet("", ListAsync).WithName("ListQuarantinedEvents")
            .WithSummary("Events the broker refused, oldest first, with the reason")
            .WithDescription("They left the dispatch order so that no later event waits for them; they stay in the pull feed.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/{sequence:long}/release", ReleaseAsync).WithName("ReleaseQuarantinedEvent")
            .WithSummary("Put a quarantined event back into the outbox, to be sent again with its CloudEvents id")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<QuarantineList>, ProblemHttpResult>> ListAsync(IDocumentStore store, CancellationToken ct, int limit = 100)
    {
        if (limit is < 1 or > 1000) return PlatformProblems.InvalidQuery("Invalid limit", "limit must be 1-1000.");
        return TypedResults.Ok(new QuarantineList(await store.Events.ListQuarantinedAsync(limit, ct).ConfigureAwait(false)));
    }

    private static async Task<Results<Accepted<QuarantineReleased>, ProblemHttpResult>> ReleaseAsync(long sequence, IDocumentStore store, OutboxSignal signal, CancellationToken ct)
    {
        if (!await store.Events.ReleaseQuarantinedAsync(sequence, ct).ConfigureAwait(false))
            return PlatformProblems.NotFound("Not quarantined", $"No quarantined event with sequence {sequence}.");
        signal.Notify();
        return TypedResults.Accepted((string?)null, new QuarantineReleased(sequence));
    }
}
