using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Fetch.Configuration;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Fetch;

/// <summary>
/// Store-driven recovery of work whose message was lost at any stage (a publish before the consumer queues existed,
/// a message dead-lettered by a long store outage): every <c>Platform:Fetch:StalledInterval</c>, bulletins received
/// more than <c>Platform:Fetch:StalledAfter</c> ago (and within <c>StalledLookback</c>) that are stored but not parsed
/// are announced again, and those parsed but not finished get their stalled articles' messages again
/// (<see cref="StalledWorkPolicy"/>). One replica runs it (lease <c>stalled-work-recovery</c>).
/// </summary>
public sealed partial class StalledWorkRecovery(IDocumentStore store, StoreReadiness readiness, IBus bus, IOptions<FetchOptions> options,
    TimeProvider time, ILogger<StalledWorkRecovery> logger) : BackgroundService
{
    public const string LeaseName = "stalled-work-recovery";
    private const int BatchSize = 200;
    private readonly SingleOwnerLease _lease = new(store, LeaseName, options.Value.StalledInterval * 3, time);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenInitialized.WaitAsync(stoppingToken).ConfigureAwait(false);
        await Task.Delay(options.Value.StalledInterval, time, stoppingToken).ConfigureAwait(false);
        await PeriodicWork.RunAsync(RecoverHeldAsync, (ex, _) =>
            {
                LogRetry(logger, ex.Message);
                return Task.FromResult(options.Value.StalledInterval);
            }, time, stoppingToken).ConfigureAwait(false);
    }

    private async Task<TimeSpan> RecoverHeldAsync(CancellationToken ct)
    {
        if (await _lease.HoldAsync(ct).ConfigureAwait(false))
        {
            var count = await RecoverAsync(bus, ct).ConfigureAwait(false);
            if (count > 0) LogRecovered(logger, count);
        }
        return options.Value.StalledInterval;
    }

    /// <summary>One pass: publishes the messages of every stalled bulletin and answers how many it published.</summary>
    public async Task<int> RecoverAsync(IPublishEndpoint publisher, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        var now = time.GetUtcNow();
        var cutoff = now - options.Value.StalledAfter;
        var published = 0;
        var unparsed = await store.RawBulletins.ListUnparsedAsync(now - options.Value.StalledLookback, BatchSize, ct).ConfigureAwait(false);
        foreach (var raw in unparsed.Where(r => r.ReceivedAt < cutoff))
        {
            await publisher.Publish(new BulletinReceived(raw.Id, raw.SourceId, raw.Sha256, raw.ReceivedAt), ct).ConfigureAwait(false);
            published++;
        }
        string? after = null;
        while (true)
        {
            var page = await store.Bulletins.ListUnfinishedAsync(after, BatchSize, ct).ConfigureAwait(false);
            foreach (var bulletin in page.Where(b => b.ReceivedAt < cutoff))
            {
                var articles = new Dictionary<string, Article?>(StringComparer.Ordinal);
                foreach (var id in bulletin.ArticleIds) articles[id] = await store.Articles.GetAsync(id, ct).ConfigureAwait(false);
                foreach (var message in StalledWorkPolicy.MessagesFor(bulletin, articles))
                {
                    await publisher.Publish(message, message.GetType(), ct).ConfigureAwait(false);
                    published++;
                }
            }
            if (page.Count < BatchSize) return published;
            after = page[^1].Id;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await _lease.ReleaseAsync().ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announced {Count} messages for stalled bulletins")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recovering stalled bulletins failed, will retry: {Reason}")]
    private static partial void LogRetry(ILogger logger, string reason);
}
