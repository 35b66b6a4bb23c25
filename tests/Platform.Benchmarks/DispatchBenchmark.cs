using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Contracts.Documents;
using Platform.Contracts.Public;
using Platform.Hosting;
using Platform.Hosting.Configuration;
using Platform.Publish;
using Platform.Publish.Configuration;
using Platform.Storage;
using Platform.Storage.Sqlite;
using RabbitMQ.Client;

namespace Platform.Benchmarks;

/// <summary>
/// Outbox dispatch throughput against the local RabbitMQ: N events (real seed article documents) in a SQLite
/// events table, drained by <see cref="RabbitMqEventDispatcher"/> with publisher confirms, compared with the raw
/// broker ceiling measured in the same run (RabbitMQ.Client persistent + confirms, up to 1000 confirms in flight,
/// same bodies, same exchange and bound durable queue). Events/s = N / mean; the Ratio column is dispatcher / raw.
/// Needs the broker (tests/setup/rabbitmq.sh); vhost from PLATFORM_TEST_RABBITMQ_VHOST, else "/".
/// Run: dotnet run -c Release --project tests/Platform.Benchmarks -- --filter '*DispatchBenchmark*'
/// </summary>
[Config(typeof(InProcessConfig))]
public class DispatchBenchmark
{
    public const int N = 20_000;
    private const string Exchange = "bench.dispatch";
    private const string Queue = "bench.dispatch.sink";
    private readonly string _dir = Directory.CreateTempSubdirectory("dispatch-bench-").FullName;
    private readonly string _vhost = Environment.GetEnvironmentVariable("PLATFORM_TEST_RABBITMQ_VHOST") is { Length: > 0 } v ? v : "/";
    private List<(string RoutingKey, byte[] Body, string Json)> _events = [];
    private string _template = "";
    private string _db = "";

    [GlobalSetup]
    public void Setup()
    {
        var articles = SeedCorpus.EnrichedArticles(PipelineStatus.Published);
        _events = articles.Select(a =>
        {
            var json = JsonSerializer.Serialize(a, DocumentJson.Options);
            return (RoutingKeys.ForArticle(EventTypes.ArticlePublished, a), Encoding.UTF8.GetBytes(json), json);
        }).ToList();
        // The outbox is filled once; every iteration drains a fresh copy of it.
        _template = Path.Combine(_dir, "template.db");
        var store = new SqliteDocumentStore(_template);
        store.InitializeAsync().GetAwaiter().GetResult();
        for (var i = 0; i < N; i++)
        {
            var (key, _, json) = _events[i % _events.Count];
            store.Events.AppendAsync(new NewEvent($"bench:{i}", EventTypes.ArticlePublished, $"a{i}", key, json)).GetAwaiter().GetResult();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Console.WriteLine($"// {N} events, mean body {_events.Average(e => e.Body.Length):0} bytes, vhost {_vhost}");
        WithChannelAsync(async ch =>
        {
            await ch.ExchangeDeclareAsync(Exchange, ExchangeType.Topic, durable: true);
            await ch.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);
            await ch.QueueBindAsync(Queue, Exchange, "#");
        }).GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void FreshOutboxAndEmptyQueue()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _db = Path.Combine(_dir, $"run-{Guid.NewGuid():N}.db");
        File.Copy(_template, _db);
        WithChannelAsync(ch => ch.QueuePurgeAsync(Queue)).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "Raw RabbitMQ.Client, persistent + confirms (ceiling)")]
    public async Task RawConfirms()
    {
        var factory = Factory();
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        using var inFlight = new SemaphoreSlim(1000);
        var tasks = new List<Task>(N);
        for (var i = 0; i < N; i++)
        {
            await inFlight.WaitAsync();
            var (key, body, _) = _events[i % _events.Count];
            var properties = new BasicProperties { DeliveryMode = DeliveryModes.Persistent, ContentType = "application/json", MessageId = $"raw{i}" };
            tasks.Add(Publish(channel, key, properties, body, inFlight));
        }
        await Task.WhenAll(tasks);
    }

    private static async Task Publish(IChannel channel, string key, BasicProperties properties, byte[] body, SemaphoreSlim inFlight)
    {
        try
        {
            await channel.BasicPublishAsync(Exchange, key, mandatory: false, properties, body);
        }
        finally
        {
            inFlight.Release();
        }
    }

    [Benchmark(Description = "RabbitMqEventDispatcher: SQLite outbox -> exchange, confirms")]
    public async Task Dispatcher()
    {
        var store = new SqliteDocumentStore(_db);
        await store.InitializeAsync();
        var transport = Options.Create(new TransportOptions { Host = "127.0.0.1", VirtualHost = _vhost });
        var publish = Options.Create(new PublishOptions { Exchange = Exchange, OutboxInterval = TimeSpan.FromMilliseconds(20), DispatchToBroker = true });
        var readiness = new StoreReadiness();
        readiness.MarkInitialized();
        using var dispatcher = new RabbitMqEventDispatcher(store, readiness, new OutboxSignal(), transport, publish, TimeProvider.System, NullLogger<RabbitMqEventDispatcher>.Instance);
        await dispatcher.StartAsync(CancellationToken.None);
        while ((await store.Events.ListUndispatchedAsync(1)).Count > 0) await Task.Delay(5);
        await dispatcher.StopAsync(CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        WithChannelAsync(async ch =>
        {
            await ch.QueueDeleteAsync(Queue);
            await ch.ExchangeDeleteAsync(Exchange);
        }).GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private ConnectionFactory Factory() => new() { HostName = "127.0.0.1", VirtualHost = _vhost, UserName = "guest", Password = "guest" };

    private async Task WithChannelAsync(Func<IChannel, Task> action)
    {
        await using var connection = await Factory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await action(channel);
    }
}
