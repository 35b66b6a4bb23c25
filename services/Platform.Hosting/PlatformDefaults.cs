using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Platform.Contracts.Documents;
using Platform.Hosting.Configuration;

namespace Platform.Hosting;

/// <summary>What every host gets: validated options, store, telemetry, health endpoints, problem details, its OpenAPI document.</summary>
public static class PlatformDefaults
{
    /// <summary>
    /// Binds and validates <see cref="PlatformOptions"/> once (start-up fails naming the bad setting) and registers that
    /// instance; modules receive it directly, so there is no second binding through IOptions.
    /// </summary>
    public static PlatformOptions AddPlatformDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = ReadOptions(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoreReadiness>();
        builder.Services.AddPlatformStore(options.Store);
        builder.Services.AddPlatformTelemetry(serviceName);
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        builder.Services.AddProblemDetails();
        builder.Services.AddPlatformOpenApi(serviceName);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Encoder = DocumentJson.Options.Encoder;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        return options;
    }

    /// <summary>Reads and validates the options now, so hosts can compose with them; throws naming every bad setting.</summary>
    public static PlatformOptions ReadOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new PlatformOptions();
        try
        {
            configuration.GetSection(PlatformOptions.Section).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            throw new OptionsValidationException(PlatformOptions.Section, typeof(PlatformOptions), [ex.Message + (ex.InnerException is null ? "" : " " + ex.InnerException.Message)]);
        }
        var result = new PlatformOptionsValidator().Validate(null, options);
        if (result.Failed) throw new OptionsValidationException(PlatformOptions.Section, typeof(PlatformOptions), result.Failures);
        return options;
    }

    /// <summary>/health/live (process up) and /health/ready (broker connected, store reachable); errors as RFC 9457 problem details.</summary>
    public static WebApplication MapPlatformDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapPlatformOpenApi();
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
