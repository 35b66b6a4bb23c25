using System.Reflection;

namespace Platform.Integration.Tests;

/// <summary>Locations in the repository the tests need (service binaries, seeds, setup scripts).</summary>
public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Seeds => RepositoryRoot.Combine("seeds");

    public static string ServiceDll(string service)
    {
        var configuration = typeof(RepositoryPaths).Assembly.GetCustomAttribute<BuildConfigurationAttribute>()!.Configuration;
        var path = RepositoryRoot.Combine("services", $"Platform.{service}.Host", "bin", configuration, "net10.0", $"platform-{service.ToLowerInvariant()}.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Service binary missing: {path}. Build the solution first (tests/run.sh does).");
    }
}
