using System.Diagnostics;
using System.Reflection;

namespace Platform.Cli.Tests;

/// <summary>Runs the built <c>platform</c> command as a separate process.</summary>
public static class PlatformCli
{
    /// <summary>Runs the built <c>platform.dll</c> with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string workingDirectory, params string[] args) =>
        DotnetAsync(workingDirectory, [RepositoryRoot.Combine("services", "Platform.Cli", "bin", Configuration, "net10.0", "platform.dll"), .. args]);

    /// <summary>The repository's seed bulletins.</summary>
    public static string Seeds { get; } = RepositoryRoot.Combine("seeds");

    /// <summary><c>platform run --ingest seeds</c> in a new temporary directory (named with <paramref name="prefix"/>), which must succeed; returns the directory and the output.</summary>
    public static async Task<(string Directory, string Stdout)> RunSeedsAsync(string prefix)
    {
        var dir = System.IO.Directory.CreateTempSubdirectory(prefix).FullName;
        var (exit, stdout, stderr) = await RunAsync(dir, "run", "--ingest", Seeds, "--exit-when-done", "--urls", "http://127.0.0.1:0");
        Assert.True(exit == 0, stdout + stderr);
        return (dir, stdout);
    }

    /// <summary>The README's form, <c>dotnet run --project services/Platform.Cli -- …</c>, without rebuilding.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> DotnetRunAsync(string workingDirectory, params string[] args) =>
        DotnetAsync(workingDirectory, ["run", "--no-build", "-c", Configuration, "--project", RepositoryRoot.Combine("services", "Platform.Cli"), "--", .. args]);

    private static string Configuration => typeof(PlatformCli).Assembly.GetCustomAttribute<BuildConfigurationAttribute>()!.Configuration;

    private static Task<(int ExitCode, string Stdout, string Stderr)> DotnetAsync(string workingDirectory, IEnumerable<string> args) =>
        ProgramAsync("dotnet", workingDirectory, args);

    /// <summary>Runs <paramref name="program"/> (found on PATH) and collects its exit code and output; three minutes at most.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> ProgramAsync(string program, string workingDirectory, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
