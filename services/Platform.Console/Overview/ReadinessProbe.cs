using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.OperatorConsole.Overview;

/// <summary>Runs the host's readiness checks (those tagged "ready", the ones behind /health/ready) for the overview.</summary>
public sealed class ReadinessProbe(HealthCheckService health)
{
    public async Task<IReadOnlyList<ReadinessCheck>> CheckAsync(CancellationToken ct)
    {
        var report = await health.CheckHealthAsync(c => c.Tags.Contains("ready"), ct).ConfigureAwait(false);
        return report.Entries.Select(e => new ReadinessCheck(e.Key, e.Value.Status == HealthStatus.Healthy, e.Value.Description)).ToList();
    }
}
