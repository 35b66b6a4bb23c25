using Platform.Hosting;
using Platform.OperatorConsole;

namespace Platform.Publish.Host;

/// <summary>
/// The publish service and the operator console: what its Program runs, and what tests and benchmarks boot instead of a
/// copy of it.
/// </summary>
public static class PublishService
{
    /// <param name="args">Command-line arguments.</param>
    /// <param name="configure">Runs before any setting is read (tests add settings or a test server here).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null) =>
        PlatformHost.Build("publish", args, builder =>
            {
                configure?.Invoke(builder);
                builder.Services.AddOperatorConsole();
            },
            bus => bus.AddPublishStage(),
            app =>
            {
                app.MapPublishEndpoints();
                app.MapOperatorConsole();
            });
}
