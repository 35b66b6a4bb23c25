using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Storage;

namespace Platform.Hosting;

/// <summary>
/// Creates tables/indexes at start-up, retrying with backoff while the store is unreachable, so a service
/// whose store is down starts, reports not-ready and recovers instead of crash-looping.
/// </summary>
public sealed partial class StoreInitializer(IDocumentStore store, StoreReadiness readiness, ILogger<StoreInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(500);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.InitializeAsync(stoppingToken).ConfigureAwait(false);
                readiness.MarkInitialized();
                LogInitialized(logger);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRetrying(logger, delay.TotalSeconds, ex.Message);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store initialized")]
    private static partial void LogInitialized(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store not reachable, retrying in {DelaySeconds}s: {Reason}")]
    private static partial void LogRetrying(ILogger logger, double delaySeconds, string reason);
}
