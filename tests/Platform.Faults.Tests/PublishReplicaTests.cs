using Platform.Publish;

namespace Platform.Faults.Tests;

/// <summary>Issue 13 item 5: N publish replicas on one store put each event on the exchange once.</summary>
public sealed class PublishReplicaTests : IDisposable
{
    private const int Events = 300;
    private readonly string _dir = Directory.CreateTempSubdirectory("faults-replicas-").FullName;

    [Fact]
    public async Task Three_publish_replicas_on_one_sqlite_store_put_each_event_on_the_exchange_once()
    {
        var vhost = await TestBroker.NewVirtualHostAsync();
        var path = Path.Combine(_dir, "platform.db");
        var store = await UndispatchedOutbox.CreateAsync(path, Events);
        const string tap = "faults-event-tap";
        await PublicEventTap.DeclareAsync(vhost, tap);

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
