using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Platform.Testing;

namespace Platform.Cli.Tests;

/// <summary><c>platform run</c> serving on a free port in a temporary folder, with one API key and no push rate limit, for commands that talk to it.</summary>
public sealed class EmbeddedPlatformProcess : IAsyncDisposable
{
    public const string Key = "cli-load-test-key-0123456789";
    private readonly Process _process;

    private EmbeddedPlatformProcess(Process process, string directory, string address)
    {
        _process = process;
        Directory = directory;
        Address = address;
    }

    public string Directory { get; }

    public string Address { get; }

    public static async Task<EmbeddedPlatformProcess> StartAsync()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("cli-platform-").FullName;
        var address = $"http://127.0.0.1:{FreePort()}";
        var configuration = typeof(PlatformCli).Assembly.GetCustomAttribute<BuildConfigurationAttribute>()!.Configuration;
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { RepositoryRoot.Combine("services", "Platform.Cli", "bin", configuration, "net10.0", "platform.dll"), "run", "--urls", address })
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["Platform__Fetch__ApiKeys"] = "load-test=" + Key;
        psi.Environment["Platform__Fetch__RateLimitPerMinute"] = "1000000";
        var platform = new EmbeddedPlatformProcess(Process.Start(psi)!, directory, address);
        platform._process.OutputDataReceived += (_, _) => { };
        platform._process.ErrorDataReceived += (_, _) => { };
        platform._process.BeginOutputReadLine();
        platform._process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.UntilAsync(async () =>
        {
            try
            {
                return (await http.GetAsync(new Uri(address + "/health/ready"))).StatusCode == HttpStatusCode.OK;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(90), () => "platform run never became ready");
        return platform;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
