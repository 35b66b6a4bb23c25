using MassTransit;
using Microsoft.AspNetCore.Builder;

namespace Platform.Hosting;

/// <summary>
/// The one composition of a platform process: defaults, the stages it runs on the bus, the endpoints it maps. Each
/// service host and the embedded host call it with their stages; tests and benchmarks call those hosts' Build.
/// </summary>
public static class PlatformHost
{
    /// <summary>
    /// Settings are read once and validated at start. Reloading appsettings on change would watch the whole content
    /// root, where the embedded store keeps its files (./data): every WAL write then woke a watcher thread, about 7% of
    /// the embedded pipeline's CPU. First, so an operator's own argument still decides.
    /// </summary>
    internal const string NoConfigurationReload = "--hostBuilder:reloadConfigOnChange=false";

    /// <param name="serviceName">Telemetry service name suffix and OpenAPI title.</param>
    /// <param name="args">Command-line arguments (configuration, <c>--contentRoot</c>, <c>--environment</c>).</param>
    /// <param name="configure">Runs first, before any setting is read: tests and the CLI add settings or a test server here.</param>
    /// <param name="stages">The stage modules of this process, e.g. <c>bus =&gt; bus.AddParseStage()</c>.</param>
    /// <param name="endpoints">The HTTP endpoints of those modules, beside health and OpenAPI.</param>
    public static WebApplication Build(string serviceName, string[] args, Action<WebApplicationBuilder>? configure,
        Action<IBusRegistrationConfigurator> stages, Action<WebApplication>? endpoints = null)
    {
        var builder = WebApplication.CreateBuilder([NoConfigurationReload, .. args]);
        configure?.Invoke(builder);
        builder.AddPlatformDefaults(serviceName);
        builder.AddPlatformMessaging(stages);
        var app = builder.Build();
        app.MapPlatformDefaults();
        endpoints?.Invoke(app);
        return app;
    }
}
