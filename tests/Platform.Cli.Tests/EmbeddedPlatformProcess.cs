using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

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

    private const int Attempts = 3;
    private const string Serving = "Serving the console at";

    // A free port can be taken by another process between choosing it and binding it (other suites run beside this one);
    // then this process exits and another server may answer on that port. Only a process that printed it is serving,
    // after its host started and bound, is this one; otherwise it starts again on another port.
    public static async Task<EmbeddedPlatformProcess> StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var platform = Start();
            if (await platform.WhenServingAsync()) return platform;
            await platform.DisposeAsync();
            if (attempt == Attempts) throw new InvalidOperationException($"platform run never served on its own port in {Attempts} attempts");
        }
    }

    private static EmbeddedPlatformProcess Start()
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
        platform._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains(Serving, StringComparison.Ordinal) == true) platform._serving.TrySetResult(true);
        };
        platform._process.ErrorDataReceived += (_, _) => { };
        platform._process.Exited += (_, _) => platform._serving.TrySetResult(false);
        platform._process.EnableRaisingEvents = true;
        platform._process.BeginOutputReadLine();
        platform._process.BeginErrorReadLine();
        if (platform._process.HasExited) platform._serving.TrySetResult(false);
        return platform;
    }

    private readonly TaskCompletionSource<bool> _serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // True once this process serves and is ready; false when it exited first.
    private async Task<bool> WhenServingAsync()
    {
        if (!await _serving.Task.WaitAsync(TimeSpan.FromSeconds(90))) return false;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.UntilAsync(async () =>
        {
            try
            {
                return (await http.GetAsync(new Uri(Address + "/health/ready"))).StatusCode == HttpStatusCode.OK;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(90), () => "platform run never became ready");
        return !_process.HasExited;
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
