namespace Platform.Cli;

/// <summary>
/// The configuration CLI commands read outside a host: appsettings.json in the working directory, then the
/// <c>Platform__*</c> environment variables, the same sources and order as the services.
/// </summary>
public static class CliConfiguration
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
}
