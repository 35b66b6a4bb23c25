using Platform.Publish;

namespace Platform.Faults.Tests;

/// <summary>
/// Issue 13 item 3, the known gap: a broker whose <c>max_message_size</c> is below the dispatcher's
/// Platform:Publish:BrokerMaxMessageBytes refuses an event by closing the channel with 406 PRECONDITION_FAILED, no
/// negative confirm. That event is quarantined with the broker's reason, the limit the broker named keeps the next
/// oversized event from being sent at all, and the others reach the exchange exactly once: the close loses the confirms
/// of the events routed just before it, and the dispatcher, knowing they were sent ahead of the refused one, marks them
/// dispatched instead of sending them again (<see cref="RefusalSettlement"/>).
/// </summary>
public sealed class BrokerRefusalIsolationTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const int BrokerMaxMessageBytes = 128 * 1024;
    private const int Events = 60;
    private static readonly int[] OversizedAt = [20, 40];
    private const string Tap = "faults-refusal-tap";
    private readonly string _dir = Directory.CreateTempSubdirectory("faults-refusal-").FullName;

    [Fact]
    public async Task An_event_the_broker_refuses_with_406_is_quarantined_and_the_others_reach_the_exchange_once()
    {
        await using var node = await PrivateBrokerNode.StartAsync(maxMessageBytes: BrokerMaxMessageBytes);
        var path = Path.Combine(_dir, "platform.db");
        // One body of twice the broker's limit, well inside the platform's own (16 MiB by default).
        var store = await UndispatchedOutbox.CreateAsync(path, Events,
            i => OversizedAt.Contains(i) ? $"{{\"text\":\"{new string('长', BrokerMaxMessageBytes * 2 / 3)}\"}}" : "{}");
        await using (var connection = await node.ConnectAsync()) await PublicEventTap.DeclareAsync(connection, Tap);
        await using var publish = new BrokerProcess("/", bus => bus.AddPublishStage(), path, node.DispatcherSettings());
        await publish.App.StartAsync();
        try
        {
            await Eventually.UntilAsync(async () => (await store.Events.ListUndispatchedAsync(1)).Count == 0, TimeSpan.FromSeconds(60),
                () => $"the outbox was not drained: the refused event blocks it; the host logged:\n{publish.LastLogLines()}");
            var quarantined = await store.Events.ListQuarantinedAsync(10);
            Assert.Equal(OversizedAt.Select(i => $"a-{i:D3}"), quarantined.Select(q => q.Subject).Order(StringComparer.Ordinal));
            Assert.All(quarantined, q => Assert.Contains("PRECONDITION_FAILED - message size", q.Reason, StringComparison.Ordinal));
            Assert.All(quarantined, q => Assert.Contains($"max size {BrokerMaxMessageBytes}", q.Reason, StringComparison.Ordinal));

            await Task.Delay(TimeSpan.FromSeconds(2)); // a second copy of an event, had there been one, reaches the tap
            await using var connection = await node.ConnectAsync();
            var onExchange = (await PublicEventTap.DrainAsync(connection, Tap)).Select(m => m.Id).ToList();
            var stored = await store.Events.ReadAsync(0, Events + 1);
            Assert.Equal(Events, stored.Count);
            var expected = stored.Select(e => e.Id).Except(quarantined.Select(q => q.EventId)).Order(StringComparer.Ordinal);
            Assert.Equal(expected, onExchange.Distinct().Order(StringComparer.Ordinal));
            var duplicated = onExchange.Count - onExchange.Distinct().Count();
            output.WriteLine($"{onExchange.Distinct().Count()} events on the exchange, {duplicated} sent twice, {quarantined.Count} quarantined");
            Assert.Equal(0, duplicated);
        }
        finally
        {
            await TestApps.StopAsync(publish.App);
        }
    }

    public void Dispose() => TestApps.ReleaseDirectory(_dir);
}
