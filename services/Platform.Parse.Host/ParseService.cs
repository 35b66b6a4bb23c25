using Platform.Hosting;

namespace Platform.Parse.Host;

/// <summary>The parse service: what its Program runs, and what tests and benchmarks boot instead of a copy of it.</summary>
public static class ParseService
{
    /// <param name="args">Command-line arguments.</param>
    /// <param name="configure">Runs before any setting is read (tests add settings or a test server here).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null) =>
        PlatformHost.Build("parse", args, configure, bus => bus.AddParseStage());
}
