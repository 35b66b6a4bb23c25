using Platform.Cli.Load;

namespace Platform.Benchmarks.Pipeline;

/// <summary>
/// The four service hosts as OS processes on the local RabbitMQ (quorum queues) and one shared SQLite file, under
/// load, beside the broker-bound ceiling measured in the same run: raw persistent+confirms messages/s through a
/// quorum queue divided by the queued messages one bulletin costs (<see cref="QueuedPerBulletin"/>).
/// </summary>
public static class DistributedPipeline
{
    private static readonly string[] Services = ["Fetch", "Parse", "Enrich", "Publish"];

    /// <summary>BulletinReceived, BulletinParsed and BulletinEnriched: the stages pass a bulletin whole, whatever its items.</summary>
    public const double QueuedPerBulletin = 3;

    public sealed record Result(double BrokerMessagesPerSecond, double MessagesPerBulletin, double CeilingPerSecond, LoadReport Report, IReadOnlyList<CurvePoint> Curve);

    public static async Task<Result> RunAsync(string virtualHost, int bulletins, int concurrency, int seed, IReadOnlyDictionary<string, string> settings)
    {
        Console.Error.WriteLine($"// broker ceiling on vhost {virtualHost}");
        var broker = await BrokerCeiling.MeasureAsync(virtualHost, 20_000, 1024).ConfigureAwait(false);
        Console.Error.WriteLine($"// broker: {broker:0} messages/s");
        var dir = Directory.CreateTempSubdirectory("pipeline-distributed-").FullName;
        var hosts = new List<(ChildProcess Process, Uri Address)>();
        try
        {
            var environment = new Dictionary<string, string>(settings)
            {
                ["Platform__Transport__Kind"] = "rabbitmq",
                ["Platform__Transport__Host"] = "127.0.0.1",
                ["Platform__Transport__VirtualHost"] = virtualHost,
                ["Platform__Store__Kind"] = "sqlite",
                ["Platform__Store__SqlitePath"] = Path.Combine(dir, "data", "platform.db"),
                ["Platform__Fetch__ApiKeys"] = "bench=" + LoadDriver.Key,
                ["Platform__Fetch__RateLimitPerMinute"] = "100000000",
                ["Platform__Publish__Exchange"] = "bench.pipeline." + Guid.NewGuid().ToString("N")[..8],
                ["Platform__Publish__DispatchToBroker"] = "true",
                ["Logging__LogLevel__Default"] = "Warning",
            };
            foreach (var service in Services)
            {
                var address = new Uri($"http://127.0.0.1:{ChildProcess.FreePort()}/");
                var dll = BuiltPrograms.Host(service);
                hosts.Add((new ChildProcess(dll, [], new Dictionary<string, string>(environment) { ["Urls"] = address.ToString().TrimEnd('/') },
                    Path.GetDirectoryName(dll)!), address));
            }
            await Task.WhenAll(hosts.Select(h => h.Process.WaitForReadyAsync(h.Address, TimeSpan.FromMinutes(2)))).ConfigureAwait(false);
            var (report, curve) = await LoadDriver.RunAsync(hosts[0].Address, hosts[3].Address, new BulletinGenerator(LoadCorpus.Seeds(), seed),
                bulletins, concurrency, null, () => (hosts.Sum(h => h.Process.ResidentBytes()), LoadDriver.DirectoryBytes(Path.Combine(dir, "data")))).ConfigureAwait(false);
            return new Result(broker, QueuedPerBulletin, broker / QueuedPerBulletin, report, curve);
        }
        finally
        {
            foreach (var (process, _) in hosts) process.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
