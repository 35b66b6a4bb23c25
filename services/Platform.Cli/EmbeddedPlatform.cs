using Platform.Enrich;
using Platform.Fetch;
using Platform.Hosting;
using Platform.OperatorConsole;
using Platform.Parse;
using Platform.Publish;

namespace Platform.Cli;

/// <summary>All four stage modules in one process on the in-memory transport: the embedded default.</summary>
public static class EmbeddedPlatform
{
    /// <param name="urls">Where the HTTP API listens.</param>
    /// <param name="dataDirectory">Directory of the SQLite file, or null for the configured path (./data).</param>
    /// <param name="quiet">Log warnings only, so progress lines stay readable.</param>
    /// <param name="settings">Configuration applied last, over the embedded defaults (tests, special runs).</param>
    /// <param name="configure">Runs after the settings, before any is read (tests add a test server here).</param>
    public static WebApplication Build(string urls, string? dataDirectory, bool quiet, IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null) =>
        PlatformHost.Build("all-in-one", [], builder =>
        {
            var overrides = new Dictionary<string, string?>
            {
                ["Urls"] = urls,
                ["Platform:Transport:Kind"] = "inmemory",
                ["Platform:Publish:DispatchToBroker"] = "false",
            };
            if (dataDirectory is not null) overrides["Platform:Store:SqlitePath"] = Path.Combine(dataDirectory, "platform.db");
            builder.Configuration.AddInMemoryCollection(overrides);
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
            if (quiet)
            {
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
            }
            configure?.Invoke(builder);
            builder.Services.AddOperatorConsole();
        },
        bus => bus.AddFetchStage().AddParseStage().AddEnrichStage().AddPublishStage(),
        app =>
        {
            app.MapFetchEndpoints();
            app.MapPublishEndpoints();
            app.MapOperatorConsole();
        });
}
