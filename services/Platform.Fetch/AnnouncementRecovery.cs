using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Fetch;

/// <summary>
/// Announces raw bulletins that were stored but whose <c>BulletinReceived</c> never reached the broker: at start-up
/// (the process died between the two) and then every <c>Platform:Fetch:ReannounceInterval</c> (the broker was down
/// when they were pushed). Bulletins younger than the announce timeout are left to the push that stored them.
/// Consumers are idempotent, so announcing twice is harmless.
/// </summary>
public sealed partial class AnnouncementRecovery(IDocumentStore store, StoreReadiness readiness, IBusControl bus, BulletinIntake intake,
    IOptions<FetchOptions> options, TimeProvider time, ILogger<AnnouncementRecovery> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenInitialized.WaitAsync(stoppingToken).ConfigureAwait(false);
        var startUp = true;
        await PeriodicWork.RunAsync(async ct =>
            {
                await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
                var total = await AnnounceStrandedAsync(startUp, ct).ConfigureAwait(false);
                if (total > 0) LogRecovered(logger, total);
                startUp = false;
                return options.Value.ReannounceInterval;
            },
            (ex, failures) =>
            {
                LogRetry(logger, ex.Message);
                return Task.FromResult(Backoff.Delay(failures, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)));
            }, time, stoppingToken).ConfigureAwait(false);
    }

    private async Task<int> AnnounceStrandedAsync(bool all, CancellationToken ct)
    {
        var total = 0;
        var cutoff = time.GetUtcNow() - options.Value.AnnounceTimeout;
        while (true)
        {
            var pending = await store.RawBulletins.ListUnannouncedAsync(BatchSize, ct).ConfigureAwait(false);
            // Oldest first: stop at the first bulletin a push may still be announcing.
            var stranded = all ? pending : pending.TakeWhile(r => r.ReceivedAt < cutoff).ToArray();
            foreach (var raw in stranded) await intake.AnnounceAsync(raw, ct).ConfigureAwait(false);
            total += stranded.Count;
            if (stranded.Count < BatchSize) return total;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announced {Count} stored bulletins that had not been announced")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcing stored bulletins failed, will retry: {Reason}")]
    private static partial void LogRetry(ILogger logger, string reason);
}
