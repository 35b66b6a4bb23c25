using System.Diagnostics;
using System.Reflection;

namespace Platform.Cli.Tests;

/// <summary>Runs the built <c>platform</c> command as a separate process.</summary>
public static class PlatformCli
{
    public static string Root { get; } = FindRoot();

    public static string SharedExpected => Path.Combine(Root, "..", "shared", "expected");

    /// <summary>Runs the built <c>platform.dll</c> with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string workingDirectory, params string[] args) =>
        DotnetAsync(workingDirectory, [Path.Combine(Root, "services", "Platform.Cli", "bin", Configuration, "net10.0", "platform.dll"), .. args]);

    /// <summary>The README's form, <c>dotnet run --project services/Platform.Cli -- …</c>, without rebuilding.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> DotnetRunAsync(string workingDirectory, params string[] args) =>
        DotnetAsync(workingDirectory, ["run", "--no-build", "-c", Configuration, "--project", Path.Combine(Root, "services", "Platform.Cli"), "--", .. args]);

    private static string Configuration => typeof(PlatformCli).Assembly.GetCustomAttribute<BuildConfigurationAttribute>()!.Configuration;

    private static async Task<(int ExitCode, string Stdout, string Stderr)> DotnetAsync(string workingDirectory, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Platform.sln not found");
    }
}
