using Platform.Publish;

namespace Platform.Faults.Tests;

/// <summary>
/// A broker that takes publishes and never confirms them (here: a memory alarm, which blocks publishing connections) must
/// not hold the outbox for ever: after Platform:Publish:ConfirmTimeout the dispatcher gives the channel up and sends the
/// unconfirmed events again on a new one, so once the broker takes messages again every event reaches the exchange.
/// A given-up channel's frames may still reach the exchange when the alarm clears, so an event may arrive once for each
/// channel given up plus once for the channel that is confirmed, and never more. How many channels are given up before
/// the alarm clears depends on how fast the broker's control tool runs, so the bound counts them from the log.
/// </summary>
public sealed class ConfirmTimeoutTests : IDisposable
{
    private const int Events = 20;
    private const string Tap = "faults-confirm-tap";
    private readonly string _dir = Directory.CreateTempSubdirectory("faults-confirm-").FullName;

    [Fact]
    public async Task Events_whose_confirms_never_come_are_sent_again_on_a_new_channel_and_all_reach_the_exchange()
    {
        await using var node = await PrivateBrokerNode.StartAsync();
        var path = Path.Combine(_dir, "platform.db");
        var store = await UndispatchedOutbox.CreateAsync(path, Events);
        await using (var connection = await node.ConnectAsync()) await PublicEventTap.DeclareAsync(connection, Tap);
        await node.SetMemoryHighWatermarkAsync(0);
        var settings = node.DispatcherSettings();
        settings["Platform:Publish:ConfirmTimeout"] = "00:00:02";
        await using var publish = new BrokerProcess("/", bus => bus.AddPublishStage(), path, settings);
        await publish.App.StartAsync();
        try
        {
            await Eventually.UntilAsync(() => Task.FromResult(GivenUpChannels(publish) > 0),
                TimeSpan.FromSeconds(60), () => $"the dispatcher kept waiting on the blocked channel; it logged:\n{publish.LastLogLines()}");
            Assert.Equal(Events, (await store.Events.ListUndispatchedAsync(Events + 1)).Count);

            await node.SetMemoryHighWatermarkAsync(0.4);
            await Eventually.UntilAsync(async () => (await store.Events.ListUndispatchedAsync(1)).Count == 0, TimeSpan.FromSeconds(60),
                () => $"the outbox was not drained after the alarm cleared; the host logged:\n{publish.LastLogLines()}");
            await Task.Delay(TimeSpan.FromSeconds(2)); // a copy sent on the given-up channel, had the broker taken one, arrives
            await using var connection = await node.ConnectAsync();
            var onExchange = (await PublicEventTap.DrainAsync(connection, Tap)).Select(m => m.Id).ToList();
            var stored = (await store.Events.ReadAsync(0, Events + 1)).Select(e => e.Id).Order(StringComparer.Ordinal);
            Assert.Equal(stored, onExchange.Distinct().Order(StringComparer.Ordinal));
            var copiesAllowed = GivenUpChannels(publish) + 1;
            Assert.All(onExchange.GroupBy(id => id), g => Assert.True(g.Count() <= copiesAllowed,
                $"{g.Key} reached the exchange {g.Count()} times with {copiesAllowed - 1} channel(s) given up"));
        }
        finally
        {
            await TestApps.StopAsync(publish.App);
        }
    }

    private static int GivenUpChannels(BrokerProcess publish) =>
        publish.Logs.Lines.Count(l => l.Contains("no publisher confirm within 2 s", StringComparison.Ordinal));

    public void Dispose() => TestApps.ReleaseDirectory(_dir);
}
