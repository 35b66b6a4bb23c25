using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Integration.Tests;

/// <summary>
/// One service host running as its own OS process (dotnet platform-&lt;name&gt;.dll). It listens on a port the system
/// picks when it binds, and its address is read from its start-up log: a port found free beforehand could be taken
/// (by any process's outgoing connection) in the seconds before the host bound it, and the host then failed to start.
/// </summary>
public sealed partial class ServiceProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;
    private volatile Uri? _baseAddress;

    public ServiceProcess(string service, IReadOnlyDictionary<string, string> environment)
    {
        Service = service;
        Environment = new Dictionary<string, string>(environment) { ["Urls"] = "http://127.0.0.1:0" };
    }

    public string Service { get; }

    /// <summary>Where the host listens; known once it has logged it (<see cref="WaitForReadyAsync"/> waits for that).</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException($"{Service} has not logged the address it listens on yet.");
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
        _process.OutputDataReceived += (_, e) => Received(e.Data);
        _process.ErrorDataReceived += (_, e) => Received(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Received(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        if (_baseAddress is null && ListeningOn().Match(line) is { Success: true } match) _baseAddress = new Uri(match.Groups["url"].Value + "/");
    }

    /// <summary>Waits for /health/ready to answer <paramref name="expected"/>; fails with the process output when it does not.</summary>
    public async Task WaitForReadyAsync(HttpStatusCode expected, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var clock = Stopwatch.StartNew();
        HttpStatusCode? last = null;
        while (clock.Elapsed < timeout)
        {
            if (HasExited) throw new InvalidOperationException($"{Service} exited with {ExitCode}:\n{Output}");
            if (_baseAddress is null)
            {
                await Task.Delay(250);
                continue;
            }
            http.BaseAddress ??= _baseAddress;
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

    // Kestrel's start-up line (Microsoft.Hosting.Lifetime, information) with the port it bound.
    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
