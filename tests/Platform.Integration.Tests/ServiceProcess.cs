using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Platform.Integration.Tests;

/// <summary>One service host running as its own OS process (dotnet platform-&lt;name&gt;.dll).</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public ServiceProcess(string service, IReadOnlyDictionary<string, string> environment)
    {
        Service = service;
        Port = FreePort();
        Environment = new Dictionary<string, string>(environment) { ["Urls"] = BaseAddress.ToString().TrimEnd('/') };
    }

    public string Service { get; }
    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public Dictionary<string, string> Environment { get; }
    public bool HasExited => _process?.HasExited ?? true;
    public int? ExitCode => _process is { HasExited: true } p ? p.ExitCode : null;
    public string Output => string.Join('\n', _output);

    /// <summary>Peak resident set size so far (VmHWM of /proc/&lt;pid&gt;/status), in bytes: what a container memory limit is held against.</summary>
    public long PeakResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process!.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public void Start()
    {
        var dll = RepositoryPaths.ServiceDll(Service);
        var psi = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in Environment) psi.Environment[key] = value;
        psi.Environment["DOTNET_NOLOGO"] = "1";
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits for /health/ready to answer <paramref name="expected"/>; fails with the process output when it does not.</summary>
    public async Task WaitForReadyAsync(HttpStatusCode expected, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        var clock = Stopwatch.StartNew();
        HttpStatusCode? last = null;
        while (clock.Elapsed < timeout)
        {
            if (HasExited) throw new InvalidOperationException($"{Service} exited with {ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync("health/ready");
                last = response.StatusCode;
                if (last == expected) return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or a first request still warming up on a loaded machine: the overall deadline decides.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{Service} /health/ready was {last?.ToString() ?? "unreachable"}, expected {expected}, after {timeout}:\n{Output}");
    }

    /// <summary>SIGKILL: no graceful shutdown, as a crash would do.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            // Bounded: without a timeout this also waits for the end of the redirected output, which a stray holder of
            // the pipe could keep open for ever.
            if (!p.WaitForExit(TimeSpan.FromSeconds(30))) throw new TimeoutException($"{Service} (pid {p.Id}) did not exit 30 s after SIGKILL");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        await Task.CompletedTask;
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        if (_process is null) return true;
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
