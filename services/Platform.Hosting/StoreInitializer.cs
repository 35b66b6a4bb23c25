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
        for (var failures = 1; !stoppingToken.IsCancellationRequested; failures++)
        {
            try
            {
                await store.InitializeAsync(stoppingToken).ConfigureAwait(false);
                readiness.MarkInitialized();
                LogInitialized(logger);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !PassFailure.IsFatal(ex))
            {
                var delay = Backoff.Delay(failures, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
                LogRetrying(logger, delay.TotalSeconds, ex.Message);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store initialized")]
    private static partial void LogInitialized(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store not reachable, retrying in {DelaySeconds}s: {Reason}")]
    private static partial void LogRetrying(ILogger logger, double delaySeconds, string reason);
}
