using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Hosting.Http;
using Platform.Storage;

namespace Platform.Publish.Webhooks;

/// <summary>
/// Webhook subscriptions: create, list, get, delete, delivery log, and per-subscription replay. All behind the
/// admin key: listings reveal receiver URLs, which often carry tokens of their own.
/// </summary>
public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/subscriptions").RequireAdminKey().WithTags("Subscriptions");
        group.MapPost("", CreateAsync).WithName("CreateSubscription").WithSummary("Register a webhook (answers the subscription, never the secret)")
            .DocumentJsonBody<SubscriptionRequest>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("", ListAsync).WithName("ListSubscriptions").WithSummary("Every webhook subscription");
        group.MapGet("/{id}", GetAsync).WithName("GetSubscription").WithSummary("One subscription: status, cursor, consecutive failures")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteSubscription").WithSummary("Delete a subscription and its delivery log")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/deliveries", DeliveriesAsync).WithName("ListSubscriptionDeliveries").WithSummary("The delivery log, newest first")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/replay", ReplayAsync).WithName("ReplaySubscription")
            .WithSummary("Deliver again from a sequence; re-enables a disabled subscription")
            .DocumentJsonBody<SubscriptionReplayRequest>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<SubscriptionView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, IDocumentStore store, WebhookAddressPolicy policy, TimeProvider time, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<SubscriptionRequest>(request, ct).ConfigureAwait(false);
        if (body is null) return PlatformProblems.InvalidBody();
        var errors = body.Validate(policy);
        if (errors.Count > 0) return PlatformProblems.Validation(errors, "invalid-subscription", "Invalid subscription", "The subscription is invalid.");
        // New subscriptions start at the current end of the log, like a new queue binding; replay reaches back.
        var subscription = new Subscription("sub_" + Guid.CreateVersion7().ToString("N"), body.Url!, body.Pattern!, body.Secret!, body.Description,
            time.GetUtcNow(), await store.Events.LastSequenceAsync(ct).ConfigureAwait(false), 0, null, null);
        await store.Subscriptions.AddAsync(subscription, ct).ConfigureAwait(false);
        return TypedResults.Created((string?)null, SubscriptionView.From(subscription));
    }

    private static async Task<Ok<SubscriptionList>> ListAsync(IDocumentStore store, CancellationToken ct)
    {
        var all = await store.Subscriptions.ListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(new SubscriptionList([.. all.Select(SubscriptionView.From)]));
    }

    private static async Task<Results<Ok<SubscriptionView>, ProblemHttpResult>> GetAsync(string id, IDocumentStore store, CancellationToken ct) =>
        await store.Subscriptions.GetAsync(id, ct).ConfigureAwait(false) is { } s ? TypedResults.Ok(SubscriptionView.From(s)) : NotFound(id);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, IDocumentStore store, CancellationToken ct) =>
        await store.Subscriptions.DeleteAsync(id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<Results<Ok<DeliveryLog>, ProblemHttpResult>> DeliveriesAsync(string id, IDocumentStore store, CancellationToken ct, int limit = 100)
    {
        if (limit is < 1 or > 1000) return PlatformProblems.InvalidQuery("Invalid limit", "limit must be 1-1000.");
        if (await store.Subscriptions.GetAsync(id, ct).ConfigureAwait(false) is null) return NotFound(id);
        var log = await store.Subscriptions.ListDeliveriesAsync(id, limit, ct).ConfigureAwait(false);
        return TypedResults.Ok(new DeliveryLog([.. log.Select(DeliveryView.From)]));
    }

    private static async Task<Results<Accepted<SubscriptionReplayAccepted>, ProblemHttpResult>> ReplayAsync(
        string id, HttpRequest request, IDocumentStore store, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<SubscriptionReplayRequest>(request, ct).ConfigureAwait(false);
        if (body?.FromSequence is not { } from || from < 1)
            return PlatformProblems.Create(StatusCodes.Status400BadRequest, "invalid-replay", "Invalid replay", "Send { \"fromSequence\": n } with n >= 1.");
        if (!await store.Subscriptions.RewindAsync(id, from - 1, ct).ConfigureAwait(false)) return NotFound(id);
        var last = await store.Events.LastSequenceAsync(ct).ConfigureAwait(false);
        return TypedResults.Accepted((string?)null, new SubscriptionReplayAccepted(id, from, last, Enabled: true));
    }

    private static ProblemHttpResult NotFound(string id) => PlatformProblems.NotFound("No such subscription", $"No webhook subscription with id '{id}'.");
}
