using System.Reflection;

namespace Platform.Integration.Tests;

/// <summary>Locations in the repository the tests need (service binaries, seeds, setup scripts).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string ServiceDll(string service)
    {
        var configuration = typeof(RepositoryPaths).Assembly.GetCustomAttribute<BuildConfigurationAttribute>()!.Configuration;
        var path = Path.Combine(Root, "services", $"Platform.{service}.Host", "bin", configuration, "net10.0", $"platform-{service.ToLowerInvariant()}.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Service binary missing: {path}. Build the solution first (tests/run.sh does).");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
