using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Hosting;
using Platform.Publish.Configuration;
using Platform.Storage;

namespace Platform.Publish.Webhooks;

/// <summary>
/// Delivers the events collection to webhook subscriptions, each from its own cursor, so it works in the
/// embedded mode without a broker. Per subscription, events go out strictly in sequence order: the cursor
/// never passes a failed event; a failure waits an exponential, jittered delay; after
/// <c>WebhookMaxFailures</c> consecutive failures the subscription is disabled with the reason. Every attempt
/// is logged. Subscriptions are served concurrently, so a slow receiver delays only itself (within one round).
/// Run it in one publish replica: two would both deliver (receivers dedupe on the CloudEvents id anyway).
/// </summary>
public sealed partial class WebhookDispatcher(
    IDocumentStore store, StoreReadiness readiness, WebhookSender sender, IOptions<PublishOptions> options, TimeProvider time,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string LeaseName = "webhook-delivery";
    private const int BatchSize = 100;
    private readonly SingleOwnerLease _lease = new(store, LeaseName, options.Value.DispatchLease, time);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _retryAt = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await _lease.ReleaseAsync().ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenInitialized.WaitAsync(stoppingToken).ConfigureAwait(false);
        await PeriodicWork.RunAsync(DeliverRoundAsync, (ex, _) =>
            {
                LogRoundFailed(logger, ex.Message);
                return Task.FromResult(options.Value.WebhookInterval);
            }, time, stoppingToken).ConfigureAwait(false);
    }

    /// <summary>One round over every enabled subscription; at once again while one had a full batch.</summary>
    private async Task<TimeSpan> DeliverRoundAsync(CancellationToken ct)
    {
        // One replica delivers: two would both send each event and race on the subscription cursors.
        if (!await _lease.HoldAsync(ct).ConfigureAwait(false)) return options.Value.WebhookInterval;
        var subscriptions = await store.Subscriptions.ListAsync(ct).ConfigureAwait(false);
        var busy = await Task.WhenAll(subscriptions.Where(s => s.DisabledAt is null).Select(s => DeliverAsync(s, ct))).ConfigureAwait(false);
        return busy.Any(b => b) ? TimeSpan.Zero : options.Value.WebhookInterval;
    }

    /// <summary>One batch for one subscription; true when it delivered a full batch and more may be waiting.</summary>
    private async Task<bool> DeliverAsync(Subscription subscription, CancellationToken ct)
    {
        var o = options.Value;
        // A replay clears the failure count: its subscription is due at once, whatever the old backoff said.
        if (subscription.ConsecutiveFailures > 0 && _retryAt.TryGetValue(subscription.Id, out var due) && due > time.GetUtcNow()) return false;
        var events = await store.Events.ReadAsync(subscription.Cursor, BatchSize, ct).ConfigureAwait(false);
        var stored = subscription.Cursor;
        var cursor = stored;
        var failures = subscription.ConsecutiveFailures;
        foreach (var e in events)
        {
            if (!RoutingPattern.Matches(subscription.Pattern, e.RoutingKey))
            {
                cursor = e.Sequence;
                continue;
            }
            var attempt = await sender.SendAsync(subscription, e, failures + 1, ct).ConfigureAwait(false);
            await store.Subscriptions.AppendDeliveryAsync(attempt, ct).ConfigureAwait(false);
            if (!attempt.Succeeded)
            {
                // Skipped events before the failed one are done; the failed one is retried first next time.
                if (cursor != stored && !await store.Subscriptions.AdvanceAsync(subscription.Id, stored, cursor, ct).ConfigureAwait(false)) return false;
                failures++;
                string? disable = failures >= o.WebhookMaxFailures
                    ? $"disabled after {failures} consecutive failed attempts; last: {attempt.Error} (event {e.Sequence})"
                    : null;
                await store.Subscriptions.RecordFailureAsync(subscription.Id, failures, disable, time.GetUtcNow(), ct).ConfigureAwait(false);
                if (disable is not null)
                {
                    LogDisabled(logger, subscription.Id, disable);
                    _retryAt.TryRemove(subscription.Id, out _);
                }
                else
                {
                    _retryAt[subscription.Id] = time.GetUtcNow() + Backoff.Delay(failures, o.WebhookRetryMinInterval, o.WebhookRetryMaxInterval);
                }
                return false;
            }
            // Compare-and-set: a replay that rewound the cursor meanwhile wins, and this round stops.
            if (!await store.Subscriptions.AdvanceAsync(subscription.Id, stored, e.Sequence, ct).ConfigureAwait(false)) return false;
            stored = cursor = e.Sequence;
            failures = 0;
        }
        if (cursor != stored) await store.Subscriptions.AdvanceAsync(subscription.Id, stored, cursor, ct).ConfigureAwait(false);
        return events.Count == BatchSize;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} disabled: {Reason}")]
    private static partial void LogDisabled(ILogger logger, string subscriptionId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery round failed: {Reason}")]
    private static partial void LogRoundFailed(ILogger logger, string reason);
}
