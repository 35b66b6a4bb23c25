using Microsoft.Extensions.Hosting;
using OpenTelemetry;

namespace Platform.Hosting;

/// <summary>Resolves the SDK singleton at start so listeners exist before the first request or message.</summary>
internal sealed class TelemetryActivator(OpenTelemetrySdk sdk) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(sdk);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
