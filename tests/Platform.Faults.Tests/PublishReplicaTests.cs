using Platform.Publish;
using Platform.Storage;
using Platform.Storage.Sqlite;
using Platform.Testing;
using RabbitMQ.Client;

namespace Platform.Faults.Tests;

/// <summary>Issue 13 item 5: N publish replicas on one store put each event on the exchange once.</summary>
public sealed class PublishReplicaTests : IDisposable
{
    private const int Events = 300;
    private const string Exchange = "bulletins.events";
    private readonly string _dir = Directory.CreateTempSubdirectory("faults-replicas-").FullName;

    [Fact]
    public async Task Three_publish_replicas_on_one_sqlite_store_put_each_event_on_the_exchange_once()
    {
        var vhost = await TestBroker.NewVirtualHostAsync();
        var path = Path.Combine(_dir, "platform.db");
        var store = new SqliteDocumentStore(path);
        await store.InitializeAsync();
        for (var i = 0; i < Events; i++)
        {
            await store.Events.AppendAsync(new NewEvent($"e{i}", "article.published", $"a-{i:D3}", "article.published.00.none", "{}"));
        }
        const string tap = "faults-event-tap";
        await using (var connection = await TestBroker.ConnectAsync(vhost))
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Topic, durable: true, autoDelete: false);
            await channel.QueueDeclareAsync(tap, durable: true, exclusive: false, autoDelete: false);
            await channel.QueueBindAsync(tap, Exchange, "#");
        }

        var settings = new Dictionary<string, string?> { ["Platform:Publish:DispatchToBroker"] = "true" };
        var replicas = Enumerable.Range(0, 3).Select(_ => new BrokerProcess(vhost, bus => bus.AddPublishStage(), path, settings)).ToList();
        try
        {
            await Task.WhenAll(replicas.Select(r => r.App.StartAsync()));
            await Eventually.UntilAsync(async () => (await store.Events.ListUndispatchedAsync(1)).Count == 0, TimeSpan.FromSeconds(60),
                () => $"the outbox was not drained; the replicas logged:\n{string.Join('\n', replicas.Select(r => r.LastLogLines()))}");
            // Time for a second dispatcher's copies to arrive, had there been any.
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Equal((uint)Events, await TestBroker.CountAsync(vhost, tap));
        }
        finally
        {
            foreach (var replica in replicas) await TestApps.StopAsync(replica.App);
            foreach (var replica in replicas) await replica.DisposeAsync();
        }
    }

    public void Dispose() => TestApps.ReleaseDirectory(_dir);
}
