using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Contracts.Documents;
using Platform.Storage;
using Platform.Storage.Sqlite;

namespace Platform.Integration.Tests;

/// <summary>
/// The four services as OS processes on the local RabbitMQ (this run's vhost), one shared SQLite file and a public
/// exchange of their own, for tests that push bulletins and watch what downstream receives.
/// </summary>
public sealed class ServicePipeline : IAsyncDisposable
{
    public const string ApiKey = "integration-test-key-0123456789";
    private static readonly string[] Services = ["Fetch", "Parse", "Enrich", "Publish"];
    private readonly string _dir = Directory.CreateTempSubdirectory("platform-it-").FullName;
    private readonly Dictionary<string, ServiceProcess> _processes = [];
    private HttpClient? _http;

    public string Exchange { get; } = "bulletins.events.it" + Guid.NewGuid().ToString("N")[..8];
    public IDocumentStore Store { get; private set; } = null!;
    public ServiceProcess this[string service] => _processes[service];
    public IEnumerable<ServiceProcess> Processes => _processes.Values;

    /// <param name="serviceSettings">Settings added to one service's process (by its name, e.g. "Fetch"), beside the pipeline's.</param>
    public static async Task<ServicePipeline> StartAsync(Func<string, IReadOnlyDictionary<string, string>>? serviceSettings = null)
    {
        var pipeline = new ServicePipeline();
        try
        {
            foreach (var service in Services)
            {
                var environment = pipeline.Environment();
                foreach (var (key, value) in serviceSettings?.Invoke(service) ?? new Dictionary<string, string>()) environment[key] = value;
                var process = new ServiceProcess(service, environment);
                pipeline._processes[service] = process;
                process.Start();
            }
            await Task.WhenAll(pipeline._processes.Values.Select(p => p.WaitForReadyAsync(HttpStatusCode.OK, TimeSpan.FromSeconds(90))));
        }
        catch
        {
            // Services left running would keep consuming this vhost's queues against a deleted store and starve the
            // next test's pipeline: a failed start stops them.
            await pipeline.DisposeAsync();
            throw;
        }
        pipeline._http = new HttpClient { BaseAddress = pipeline._processes["Fetch"].BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        pipeline._http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        pipeline.Store = new SqliteDocumentStore(Path.Combine(pipeline._dir, "platform.db"));
        return pipeline;
    }

    /// <summary>SIGKILLs a service, as a crash would, and starts a new process of it on the same settings.</summary>
    /// <param name="service">The service's name, e.g. "Publish".</param>
    /// <param name="whileDown">Runs after the kill and before the new process starts: nothing of that service runs meanwhile.</param>
    public async Task RestartAsync(string service, Func<Task>? whileDown = null)
    {
        _processes[service].Kill();
        await _processes[service].DisposeAsync();
        if (whileDown is not null) await whileDown();
        var restarted = new ServiceProcess(service, Environment());
        _processes[service] = restarted;
        restarted.Start();
        await restarted.WaitForReadyAsync(HttpStatusCode.OK, TimeSpan.FromSeconds(90));
    }

    /// <summary>A copy of the settings every service of this pipeline runs with, for starting a variant beside it.</summary>
    public Dictionary<string, string> Environment() => new()
    {
        ["Platform__Transport__Kind"] = "rabbitmq",
        ["Platform__Transport__Host"] = "127.0.0.1",
        ["Platform__Transport__VirtualHost"] = LocalBroker.VirtualHost,
        ["Platform__Transport__RetryMinInterval"] = "00:00:00.100",
        ["Platform__Transport__RetryMaxInterval"] = "00:00:02",
        ["Platform__Fetch__AnnounceTimeout"] = "00:00:02",
        ["Platform__Fetch__ReannounceInterval"] = "00:00:01",
        ["Platform__Store__Kind"] = "sqlite",
        ["Platform__Store__SqlitePath"] = Path.Combine(_dir, "platform.db"),
        ["Platform__Fetch__ApiKeys"] = "integration=" + ApiKey,
        ["Platform__Publish__Exchange"] = Exchange,
        ["Platform__Publish__DispatchToBroker"] = "true",
        ["Platform__Publish__OutboxInterval"] = "00:00:00.200",
    };

    public static IReadOnlyList<string> SeedTexts() =>
        Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>Pushes one bulletin over HTTP; returns its id (202 new, 200 duplicate; or exactly <paramref name="expected"/>).</summary>
    public Task<string> PushAsync(string text, HttpStatusCode? expected = null) => PushAsync(text, "text/plain", expected);

    /// <summary>Pushes one bulletin as <paramref name="mediaType"/> (UTF-8); returns its id as <see cref="PushAsync(string, HttpStatusCode?)"/> does.</summary>
    public async Task<string> PushAsync(string text, string mediaType, HttpStatusCode? expected = null)
    {
        using var content = new StringContent(text, Encoding.UTF8, mediaType);
        using var response = await _http!.PostAsync("v1/bulletins", content);
        var body = await response.Content.ReadAsStringAsync();
        var ok = expected is { } status ? response.StatusCode == status : response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK;
        Assert.True(ok, $"push answered {response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Waits until every bulletin is published and the outbox holds nothing undispatched.</summary>
    public async Task WaitUntilPublishedAndDispatchedAsync(IEnumerable<string> ids, TimeSpan timeout)
    {
        await WaitUntilPublishedAsync(ids, timeout, requireDispatched: true);
    }

    /// <summary>Waits until every bulletin is published.</summary>
    public Task WaitUntilPublishedAsync(IEnumerable<string> ids, TimeSpan timeout) => WaitUntilPublishedAsync(ids, timeout, requireDispatched: false);

    private async Task WaitUntilPublishedAsync(IEnumerable<string> ids, TimeSpan timeout, bool requireDispatched)
    {
        var all = ids.ToList();
        var pending = all.ToList();
        var undispatched = -1;
        var unannounced = -1;
        await Eventually.UntilAsync(async () =>
        {
            foreach (var id in pending.ToArray())
            {
                if ((await Store.Bulletins.GetAsync(id))?.Status == PipelineStatus.Published) pending.Remove(id);
            }
            if (pending.Count > 0) return false;
            if (!requireDispatched) return true;
            // A bulletin's status is written just before its event is appended: the event must be in the log too.
            var announced = (await AllEventsAsync()).Where(e => e.Type == "bulletin.published").Select(e => e.Subject).ToHashSet(StringComparer.Ordinal);
            unannounced = all.Count(id => !announced.Contains(id));
            undispatched = (await Store.Events.ListUndispatchedAsync(10)).Count;
            return unannounced == 0 && undispatched == 0;
        }, timeout, () => $"not published {string.Join(", ", pending)}; without bulletin.published {unannounced}; undispatched {undispatched}\n"
            + string.Join("\n", _processes.Values.Select(p => $"--- {p.Service}\n{Tail(p.Output)}")));
    }

    /// <summary>Every event in the log, in sequence order.</summary>
    public async Task<List<Platform.Contracts.Events.PublicEvent>> AllEventsAsync()
    {
        var all = new List<Platform.Contracts.Events.PublicEvent>();
        while (true)
        {
            var page = await Store.Events.ReadAsync(all.Count == 0 ? 0 : all[^1].Sequence, 1000);
            if (page.Count == 0) return all;
            all.AddRange(page);
        }
    }

    // The last lines, after the distinct exception messages: a retried failure's stack trace would fill the tail.
    private static string Tail(string output)
    {
        var lines = output.Split('\n');
        var exceptions = lines.Select(l => l.Trim()).Where(l => l.Contains("Exception:", StringComparison.Ordinal) && !l.StartsWith("at ", StringComparison.Ordinal)).Distinct().Take(5);
        return string.Join('\n', exceptions.Concat(lines.TakeLast(15)));
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        foreach (var p in _processes.Values) await p.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
