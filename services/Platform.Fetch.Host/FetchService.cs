using Platform.Hosting;

namespace Platform.Fetch.Host;

/// <summary>The fetch service: what its Program runs, and what tests and benchmarks boot instead of a copy of it.</summary>
public static class FetchService
{
    /// <param name="args">Command-line arguments.</param>
    /// <param name="configure">Runs before any setting is read (tests add settings or a test server here).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null) =>
        PlatformHost.Build("fetch", args, configure, bus => bus.AddFetchStage(), app => app.MapFetchEndpoints());
}
