using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Platform.Hosting.Configuration;
using Platform.Hosting.Http;
using Platform.Hosting.Messaging;
using Platform.Publish.Webhooks;
using RabbitMQ.Client.Exceptions;

namespace Platform.Publish;

/// <summary>
/// <c>POST /v1/admin/redrive[?queue=…]</c>: the operator's redrive over HTTP (issue 13 item 2), the same
/// <see cref="ErrorQueueRedrive"/> as <c>platform redrive</c> and the console, on this host's broker settings. Without a
/// queue every consumer queue's <c>_error</c> queue is moved back.
/// </summary>
public static class RedriveEndpoints
{
    public static IEndpointRouteBuilder MapRedriveEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/admin/redrive", RedriveAsync).RequireAdminKey().WithName("Redrive").WithTags("Admin")
            .WithSummary("Move dead-lettered messages from the _error queues back to their consumer queues")
            .WithDescription($"queue names one consumer queue or its _error queue ({string.Join(", ", ConsumerQueues.All.Select(q => q.Name))}); all when absent. Each message is removed from _error only after the broker confirmed its copy.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<RedriveResponse>, ProblemHttpResult>> RedriveAsync(IOptions<TransportOptions> transport, CancellationToken ct, string? queue = null)
    {
        if (transport.Value.Kind == TransportKind.InMemory)
            return PlatformProblems.Create(StatusCodes.Status409Conflict, "broker-redrive-disabled", "No error queues to redrive",
                "The in-memory bus keeps no _error queues (embedded mode): failed bulletins are listed as failures and reprocessed from there.");
        if (queue is not null && ConsumerQueues.Find(queue) is null)
            return PlatformProblems.Create(StatusCodes.Status400BadRequest, "invalid-queue", "Unknown queue",
                $"'{queue}' is not a consumer queue; known: {string.Join(", ", ConsumerQueues.All.Select(q => q.Name))}.");
        try
        {
            var results = await new ErrorQueueRedrive(transport.Value).RedriveAsync(queue, ct).ConfigureAwait(false);
            return TypedResults.Ok(new RedriveResponse(results.Sum(r => (long)r.Moved), [.. results]));
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or OperationInterruptedException or AlreadyClosedException)
        {
            return PlatformProblems.Create(StatusCodes.Status503ServiceUnavailable, "broker-unavailable", "Broker unavailable",
                "The broker could not be reached to redrive; nothing was moved that it did not confirm. Try again when it is back.");
        }
    }
}
