namespace Platform.Benchmarks.Pipeline;

/// <summary>Where the Release builds of the CLI and the four service hosts are (build them first: see pipeline.sh).</summary>
public static class BuiltPrograms
{
    public static string Root { get; } = FindRoot();

    public static string Cli => Dll("Platform.Cli", "platform.dll");

    /// <summary>A service host by its project's short name (Fetch, Parse, Enrich, Publish); the assembly is platform-&lt;name&gt;.</summary>
    public static string Host(string service) => Dll($"Platform.{service}.Host", $"platform-{service.ToLowerInvariant()}.dll");

    private static string Dll(string project, string file)
    {
        var path = Path.Combine(Root, "services", project, "bin", "Release", "net10.0", file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: build it with -c Release first (tests/Platform.Benchmarks/pipeline.sh does).");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
