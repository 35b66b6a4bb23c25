using Platform.Hosting;

namespace Platform.Enrich.Host;

/// <summary>The enrich service: what its Program runs, and what tests and benchmarks boot instead of a copy of it.</summary>
public static class EnrichService
{
    /// <param name="args">Command-line arguments.</param>
    /// <param name="configure">Runs before any setting is read (tests add settings or a test server here).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null) =>
        PlatformHost.Build("enrich", args, configure, bus => bus.AddEnrichStage());
}
