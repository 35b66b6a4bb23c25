using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Contracts.Documents;
using Platform.Hosting.Configuration;
using Platform.Hosting.Http;

namespace Platform.Hosting;

/// <summary>What every host gets: transport and store settings, store, telemetry and /metrics, health endpoints, problem details, its OpenAPI document.</summary>
public static class PlatformDefaults
{
    public static WebApplicationBuilder AddPlatformDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSettings<TransportOptions, TransportOptionsValidator>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoreReadiness>();
        builder.Services.AddSingleton<StoreWritability>();
        builder.Services.AddPlatformStore();
        builder.AddPlatformTelemetry(serviceName);
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        builder.Services.AddProblemDetails();
        builder.AddRequestHeaderLimit();
        builder.Services.AddPlatformOpenApi(serviceName);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Encoder = DocumentJson.Options.Encoder;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        return builder;
    }

    /// <summary>/health/live (process up) and /health/ready (broker connected, store reachable and writable); errors as RFC 9457 problem details.</summary>
    public static WebApplication MapPlatformDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseRequestHeaderLimit();
        app.UseStatusCodePages();
        app.MapPlatformOpenApi();
        app.MapPlatformMetrics();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteHealth,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }

    private static Task WriteHealth(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString().ToLowerInvariant(),
                description = e.Value.Description,
            }),
        });
}
