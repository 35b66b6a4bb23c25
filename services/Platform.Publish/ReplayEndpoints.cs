using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Platform.Contracts.Events;
using Platform.Hosting.Http;
using Platform.Publish.Configuration;
using Platform.Publish.Webhooks;
using Platform.Storage;

namespace Platform.Publish;

/// <summary>
/// <c>POST /v1/replay</c>: puts stored events back into the outbox so the dispatcher sends them to the exchange
/// again, with their original CloudEvents ids (consumers dedupe on them). Needs broker dispatch: in the
/// embedded mode there is no exchange to replay to, so it answers 409 and points at the per-subscription
/// webhook replay instead.
/// </summary>
public static class ReplayEndpoints
{
    private const int PageSize = 1000;

    public static IEndpointRouteBuilder MapReplayEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/replay", ReplayAsync).RequireAdminKey().WithName("Replay").WithTags("Events")
            .WithSummary("Dispatch stored events to the exchange again, with their original CloudEvents ids")
            .DocumentJsonBody<ReplayRequest>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Accepted<ReplayAccepted>, ProblemHttpResult>> ReplayAsync(HttpRequest request, IDocumentStore store, IOptions<PublishOptions> options, OutboxSignal signal, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ReplayRequest>(request, ct).ConfigureAwait(false);
        if (body is null) return PlatformProblems.InvalidBody();
        if ((body.FromSequence is null) == (body.FromTime is null) || body.FromSequence < 1 || body.ToSequence < body.FromSequence)
            return Invalid("Give exactly one of fromSequence (>= 1) or fromTime; toSequence, when given, must not be below fromSequence.");
        if (body.Pattern is not null && !RoutingPattern.IsValid(body.Pattern))
            return Invalid("pattern must be an AMQP topic pattern: dot-separated words, '*' for one word, '#' for zero or more.");
        if (!options.Value.DispatchToBroker)
            return PlatformProblems.Create(StatusCodes.Status409Conflict, "broker-dispatch-disabled", "No broker to replay to",
                "Platform:Publish:DispatchToBroker is false (embedded mode). Replay to a webhook with POST /v1/subscriptions/{id}/replay, or page GET /v1/events?after=.");
        var count = await MarkAsync(store, body, ct).ConfigureAwait(false);
        signal.Notify();
        return TypedResults.Accepted((string?)null, new ReplayAccepted(count));
    }

    private static async Task<long> MarkAsync(IDocumentStore store, ReplayRequest body, CancellationToken ct)
    {
        var types = body.Types is { Length: > 0 } t ? new HashSet<string>(t, StringComparer.Ordinal) : null;
        var after = (body.FromSequence ?? 1) - 1;
        var to = body.ToSequence ?? long.MaxValue;
        long count = 0;
        while (true)
        {
            var page = await store.Events.ReadAsync(after, PageSize, ct).ConfigureAwait(false);
            var selected = page.Where(e => e.Sequence <= to && Selected(e, body, types)).Select(e => e.Sequence).ToArray();
            await store.Events.MarkUndispatchedAsync(selected, ct).ConfigureAwait(false);
            count += selected.Length;
            if (page.Count < PageSize || page[^1].Sequence >= to) return count;
            after = page[^1].Sequence;
        }
    }

    private static bool Selected(PublicEvent e, ReplayRequest body, HashSet<string>? types) =>
        (body.FromTime is not { } from || e.Time >= from)
        && (types is null || types.Contains(e.Type))
        && (body.Pattern is null || RoutingPattern.Matches(body.Pattern, e.RoutingKey));

    private static ProblemHttpResult Invalid(string detail) =>
        PlatformProblems.Create(StatusCodes.Status400BadRequest, "invalid-replay", "Invalid replay", detail);
}
