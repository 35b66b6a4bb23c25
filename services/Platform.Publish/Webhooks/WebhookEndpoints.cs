using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Documents;
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
        var group = app.MapGroup("/v1/subscriptions").RequireAdminKey();
        group.MapPost("", CreateAsync).WithName("CreateSubscription");
        group.MapGet("", ListAsync).WithName("ListSubscriptions");
        group.MapGet("/{id}", GetAsync).WithName("GetSubscription");
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteSubscription");
        group.MapGet("/{id}/deliveries", DeliveriesAsync).WithName("ListSubscriptionDeliveries");
        group.MapPost("/{id}/replay", ReplayAsync).WithName("ReplaySubscription");
        return app;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IDocumentStore store, WebhookAddressPolicy policy, TimeProvider time, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<SubscriptionRequest>(request, ct).ConfigureAwait(false);
        if (body is null) return PlatformProblems.InvalidBody();
        var errors = body.Validate(policy);
        if (errors.Count > 0) return PlatformProblems.Validation(errors, "invalid-subscription", "Invalid subscription", "The subscription is invalid.");
        // New subscriptions start at the current end of the log, like a new queue binding; replay reaches back.
        var subscription = new Subscription("sub_" + Guid.CreateVersion7().ToString("N"), body.Url!, body.Pattern!, body.Secret!, body.Description,
            time.GetUtcNow(), await store.Events.LastSequenceAsync(ct).ConfigureAwait(false), 0, null, null);
        await store.Subscriptions.AddAsync(subscription, ct).ConfigureAwait(false);
        return Results.Json(SubscriptionView.From(subscription), DocumentJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ListAsync(IDocumentStore store, CancellationToken ct)
    {
        var all = await store.Subscriptions.ListAsync(ct).ConfigureAwait(false);
        return Results.Json(new { items = all.Select(SubscriptionView.From) }, DocumentJson.Options);
    }

    private static async Task<IResult> GetAsync(string id, IDocumentStore store, CancellationToken ct) =>
        await store.Subscriptions.GetAsync(id, ct).ConfigureAwait(false) is { } s
            ? Results.Json(SubscriptionView.From(s), DocumentJson.Options)
            : NotFound(id);

    private static async Task<IResult> DeleteAsync(string id, IDocumentStore store, CancellationToken ct) =>
        await store.Subscriptions.DeleteAsync(id, ct).ConfigureAwait(false) ? Results.NoContent() : NotFound(id);

    private static async Task<IResult> DeliveriesAsync(string id, IDocumentStore store, CancellationToken ct, int limit = 100)
    {
        if (limit is < 1 or > 1000) return PlatformProblems.InvalidQuery("Invalid limit", "limit must be 1-1000.");
        if (await store.Subscriptions.GetAsync(id, ct).ConfigureAwait(false) is null) return NotFound(id);
        var log = await store.Subscriptions.ListDeliveriesAsync(id, limit, ct).ConfigureAwait(false);
        return Results.Json(new
        {
            items = log.Select(d => new
            {
                sequence = d.Sequence,
                eventId = d.EventId,
                attempt = d.Attempt,
                succeeded = d.Succeeded,
                statusCode = d.StatusCode,
                error = d.Error,
                durationMs = Math.Round(d.DurationMilliseconds, 1),
                at = d.At,
            }),
        }, DocumentJson.Options);
    }

    private static async Task<IResult> ReplayAsync(string id, HttpRequest request, IDocumentStore store, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<SubscriptionReplayRequest>(request, ct).ConfigureAwait(false);
        if (body?.FromSequence is not { } from || from < 1)
            return PlatformProblems.Create(StatusCodes.Status400BadRequest, "invalid-replay", "Invalid replay", "Send { \"fromSequence\": n } with n >= 1.");
        if (!await store.Subscriptions.RewindAsync(id, from - 1, ct).ConfigureAwait(false)) return NotFound(id);
        var last = await store.Events.LastSequenceAsync(ct).ConfigureAwait(false);
        return Results.Json(new { subscription = id, fromSequence = from, toSequence = last, enabled = true }, DocumentJson.Options,
            statusCode: StatusCodes.Status202Accepted);
    }

    private static IResult NotFound(string id) => PlatformProblems.NotFound("No such subscription", $"No webhook subscription with id '{id}'.");
}
