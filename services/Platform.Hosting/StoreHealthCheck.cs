using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Storage;

namespace Platform.Hosting;

/// <summary>Ready only when the store answers, its schema exists and it takes writes.</summary>
public sealed class StoreHealthCheck(IDocumentStore store, StoreReadiness readiness, StoreWritability writability) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsInitialized) return HealthCheckResult.Unhealthy("store not initialized yet");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await store.PingAsync(timeout.Token).ConfigureAwait(false);
            return await writability.ProblemAsync(timeout.Token).ConfigureAwait(false) is { } problem
                ? HealthCheckResult.Unhealthy(problem)
                : HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("store unreachable: " + ex.Message);
        }
    }
}
