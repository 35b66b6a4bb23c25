using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Platform.Hosting;

/// <summary>
/// OpenTelemetry tracing and metrics for a host. OpenTelemetry.Extensions.Hosting is not on the package feed,
/// so the SDK is created directly and held as a singleton that the container disposes (flushing exporters).
/// OTLP export is on when OTEL_EXPORTER_OTLP_ENDPOINT is set.
/// </summary>
public static class TelemetryRegistration
{
    public static readonly string[] Sources = [PlatformTelemetry.Name, "MassTransit", "Microsoft.AspNetCore", "System.Net.Http"];
    public static readonly string[] Meters = [PlatformTelemetry.Name, "MassTransit", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http"];

    public static IServiceCollection AddPlatformTelemetry(this IServiceCollection services, string serviceName)
    {
        var otlp = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"));
        var name = Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME") is { Length: > 0 } fromEnv ? fromEnv : "platform-" + serviceName;
        services.AddSingleton(_ => OpenTelemetrySdk.Create(builder =>
        {
            builder.ConfigureResource(r => r.AddService(name, serviceNamespace: "platform"));
            builder.WithTracing(tracing =>
            {
                tracing.AddSource(Sources);
                if (otlp) tracing.AddOtlpExporter();
            });
            builder.WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters);
                if (otlp) metrics.AddOtlpExporter();
            });
        }));
        services.AddHostedService<TelemetryActivator>();
        return services;
    }
}
