using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Fetch;

/// <summary>
/// On start-up, re-announces raw bulletins that were stored but whose <c>BulletinReceived</c> was never
/// confirmed (the process died between the two). Consumers are idempotent, so announcing twice is harmless.
/// </summary>
public sealed partial class AnnouncementRecovery(IDocumentStore store, StoreReadiness readiness, IBusControl bus, BulletinIntake intake, ILogger<AnnouncementRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenInitialized.WaitAsync(stoppingToken).ConfigureAwait(false);
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
                var total = 0;
                while (true)
                {
                    var pending = await store.RawBulletins.ListUnannouncedAsync(100, stoppingToken).ConfigureAwait(false);
                    if (pending.Count == 0) break;
                    foreach (var raw in pending) await intake.AnnounceAsync(raw, stoppingToken).ConfigureAwait(false);
                    total += pending.Count;
                }
                if (total > 0) LogRecovered(logger, total);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRetry(logger, ex.Message);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-announced {Count} stored bulletins that had not been announced")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-announcing stored bulletins failed, will retry: {Reason}")]
    private static partial void LogRetry(ILogger logger, string reason);
}
