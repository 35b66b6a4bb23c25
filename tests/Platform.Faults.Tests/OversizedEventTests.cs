using Platform.Publish;
using Platform.Storage;
using Platform.Storage.Sqlite;

namespace Platform.Faults.Tests;

/// <summary>
/// Issue 13 item 3 on real RabbitMQ: an event the broker cannot take goes to the quarantine with its reason, and every
/// event after it reaches the exchange.
/// </summary>
public sealed class OversizedEventTests : IDisposable
{
    private const int Events = 20;
    private const int Oversized = 3;
    private readonly string _dir = Directory.CreateTempSubdirectory("faults-oversized-").FullName;

    [Fact]
    public async Task An_event_over_the_brokers_maximum_message_size_is_quarantined_and_the_later_ones_are_dispatched()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Platform:Publish:BrokerMaxMessageBytes"] = "100000",
            ["Platform:Publish:MaxEventBytes"] = "20000",
        };
        var (store, quarantined) = await DispatchAsync(settings, queueArguments: null);
        Assert.Contains("over the broker's maximum message size of 100000 bytes", quarantined.Reason, StringComparison.Ordinal);
        Assert.Empty(await store.Events.ListUndispatchedAsync(10));
    }

    [Fact]
    public async Task An_event_the_broker_keeps_refusing_is_quarantined_and_the_later_ones_are_dispatched()
    {
        // The tap queue refuses (negative confirm) a message that cannot fit its byte limit: the broker says no to this
        // event alone, as it would to one over its max_message_size, while it takes every other.
        var arguments = new Dictionary<string, object?> { ["x-max-length-bytes"] = 100_000, ["x-overflow"] = "reject-publish" };
        var (store, quarantined) = await DispatchAsync(new Dictionary<string, string?>(), arguments);
        Assert.Contains("refused by the broker 3 times", quarantined.Reason, StringComparison.Ordinal);
        Assert.Empty(await store.Events.ListUndispatchedAsync(10));
    }

    private async Task<(IDocumentStore Store, QuarantinedEvent Quarantined)> DispatchAsync(Dictionary<string, string?> settings, IDictionary<string, object?>? queueArguments)
    {
        var vhost = await TestBroker.NewVirtualHostAsync();
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.db");
        var store = new SqliteDocumentStore(path);
        await store.InitializeAsync();
        var big = 0L;
        for (var i = 1; i <= Events; i++)
        {
            var data = i == Oversized ? $"{{\"text\":\"{new string('x', 150_000)}\"}}" : $"{{\"n\":{i}}}";
            var appended = (await store.Events.AppendAsync(new NewEvent($"e{i}", "article.published", $"a-{i:D2}", "article.published.00.none", data))).Event;
            if (i == Oversized) big = appended.Sequence;
        }
        const string tap = "faults-oversized-tap";
        await PublicEventTap.DeclareAsync(vhost, tap, queueArguments);

        settings["Platform:Publish:DispatchToBroker"] = "true";
        await using var publish = new BrokerProcess(vhost, bus => bus.AddPublishStage(), path, settings);
        await publish.App.StartAsync();
        try
        {
            await Eventually.UntilAsync(async () => (await store.Events.ListQuarantinedAsync(10)).Count == 1 && (await store.Events.ListUndispatchedAsync(1)).Count == 0,
                TimeSpan.FromSeconds(60), () => $"the oversized event was not quarantined or the outbox not drained; the host logged:\n{publish.LastLogLines()}");
            var onExchange = await PublicEventTap.DrainAsync(vhost, tap);
            Assert.Equal(Events - 1, onExchange.Count);
            var expected = (await store.Events.ReadAsync(0, 100)).Where(e => e.Sequence != big).Select(e => e.Id).Order(StringComparer.Ordinal);
            Assert.Equal(expected, onExchange.Select(m => m.Id).Order(StringComparer.Ordinal));
            Assert.DoesNotContain(onExchange, m => m.Body.TryGetProperty("text", out _));
            var quarantined = Assert.Single(await store.Events.ListQuarantinedAsync(10));
            Assert.Equal(big, quarantined.Sequence);
            return (store, quarantined);
        }
        finally
        {
            await TestApps.StopAsync(publish.App);
        }
    }

    public void Dispose() => TestApps.ReleaseDirectory(_dir);
}
