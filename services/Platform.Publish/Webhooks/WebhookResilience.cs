using Platform.Hosting.Network;
using Platform.Publish.Configuration;
using Polly;

namespace Platform.Publish.Webhooks;

/// <summary>
/// The resilience pipeline of webhook deliveries, one per receiving authority: a time limit and a circuit breaker, and
/// no retry. Every attempt is a row of the delivery log and counts towards auto-disabling the subscription, so the
/// persisted schedule of <see cref="WebhookDispatcher"/> is the only retry; with no retry the attempt timeout is the total.
/// </summary>
public static class WebhookResilience
{
    /// <summary>How long an open circuit holds the deliveries to its authority.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        pipeline
            // Only many subscriptions on one dead receiver reach this throughput; one subscription retries too slowly.
            .AddCircuitBreaker(TransientHttpFailure.CircuitBreaker(0.8, 20, TimeSpan.FromMinutes(1), BreakDuration, IsFailure))
            .AddTimeout(options.WebhookTimeout);
    }

    /// <summary>
    /// A failure of the receiver (connection errors, timeouts, 408, 429, 5xx), which counts against its circuit; a refusal
    /// of the address policy is this side's decision and does not.
    /// </summary>
    public static bool IsFailure(Outcome<HttpResponseMessage> outcome) =>
        TransientHttpFailure.Is(outcome, e => e is WebhookAddressRefusedException);
}
