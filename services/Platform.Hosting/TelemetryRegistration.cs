using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Platform.Storage.Sqlite;

namespace Platform.Hosting;

/// <summary>
/// OpenTelemetry for a host through the hosting integration (started and flushed with the host): traces of ASP.NET
/// Core, HttpClient, MassTransit, the MongoDB driver and the platform's own spans; metrics of the runtime, ASP.NET Core,
/// HttpClient, MassTransit and the platform's counters, scraped at <c>/metrics</c> (Prometheus text format); logs
/// through the OpenTelemetry logger provider. OTLP export of all three when OTEL_EXPORTER_OTLP_ENDPOINT is set.
/// </summary>
public static class TelemetryRegistration
{
    /// <summary>The MongoDB driver's activity source (the store adapter's driver emits command spans under it).</summary>
    public const string MongoDbDriverSource = "MongoDB.Driver";

    /// <summary>MassTransit's activity source and meter.</summary>
    public const string MassTransitSource = "MassTransit";

    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddPlatformTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME") is { Length: > 0 } fromEnv ? fromEnv : "platform-" + serviceName;
        builder.Logging.AddOpenTelemetry(logs =>
        {
            logs.IncludeFormattedMessage = true;
            logs.IncludeScopes = true;
        });
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(name, serviceNamespace: "platform"))
            .WithTracing(tracing => tracing
                .AddSource(PlatformTelemetry.Name, MassTransitSource, MongoDbDriverSource)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(PlatformTelemetry.Name, MassTransitSource, SqliteCommitMetrics.MeterName)
                .AddRuntimeInstrumentation()
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"))) telemetry.UseOtlpExporter();
        return builder;
    }

    /// <summary><c>GET /metrics</c>: every meter above in Prometheus text format (the k8s and compose scrape target).</summary>
    public static WebApplication MapPlatformMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }
}
