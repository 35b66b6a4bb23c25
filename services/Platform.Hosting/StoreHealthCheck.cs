using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Storage;

namespace Platform.Hosting;

/// <summary>Ready only when the store answers and its schema exists.</summary>
public sealed class StoreHealthCheck(IDocumentStore store, StoreReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsInitialized) return HealthCheckResult.Unhealthy("store not initialized yet");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await store.PingAsync(timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("store unreachable: " + ex.Message);
        }
    }
}
