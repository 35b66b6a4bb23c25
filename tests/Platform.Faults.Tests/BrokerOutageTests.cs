namespace Platform.Faults.Tests;

/// <summary>
/// The broker is stopped as soon as the services publish their first event, while bulletins keep arriving, then started
/// again: every event in the log reaches the exchange afterwards (at-least-once; a consumer deduplicating on
/// cloudEvents:id sees each exactly once). It stops a node of its own (<see cref="PrivateBrokerNode"/>): it used to
/// stop the machine's shared node, under every other test project running beside it.
/// </summary>
[Collection(ProcessScenarios.Name)]
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task Every_event_is_dispatched_after_the_broker_comes_back_and_none_is_lost()
    {
        await using var node = await PrivateBrokerNode.StartAsync();
        await node.AddVirtualHostAsync(LocalBroker.VirtualHost);
        using var onNode = new EnvironmentSettings(node.ProcessSettings(LocalBroker.VirtualHost));
        await using var pipeline = await ServicePipeline.StartAsync();
        // A durable queue holds what the exchange routes across the outage; it is read once at the end.
        var queue = await ExchangeTap.BindAsync(pipeline.Exchange);
        var seeds = ServicePipeline.SeedTexts();
        var ids = new List<string>();
        try
        {
            foreach (var seed in seeds) ids.Add(await pipeline.PushAsync(seed));
            // Stop the broker while the pipeline is busy: as soon as the first events were appended.
            var first = await Eventually.ValueAsync(() => pipeline.Store.Events.LastSequenceAsync(), sequence => sequence > 0, TimeSpan.FromSeconds(60),
                _ => "the pipeline never produced an event before the outage");
            Assert.True(first > 0, "the pipeline never produced an event before the outage");
            await node.StopAsync();
            // Pushes are answered while the broker is down: fetch stores them and announces them once it is back.
            for (var i = 0; i < 6; i++) ids.Add(await pipeline.PushAsync(seeds[i % seeds.Count] + $"\n\n断线期间第{i + 1}次推送。"));
            await Task.Delay(5000); // Let the services notice the outage and back off.
        }
        finally
        {
            await node.StartAsync();
        }

        await pipeline.WaitUntilPublishedAndDispatchedAsync(ids, TimeSpan.FromSeconds(240));
        var logged = await pipeline.AllEventsAsync();
        var delivered = await ExchangeTap.DrainAsync(queue);
        var deliveredIds = delivered.ToHashSet(StringComparer.Ordinal);
        var missing = logged.Where(e => !deliveredIds.Contains(e.Id)).Select(e => $"{e.Sequence} {e.Type} {e.Subject}").ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {logged.Count} events never reached the exchange:\n{string.Join('\n', missing)}");
        Assert.True(logged.Count >= ids.Count * 2, "every bulletin has at least one article event and its bulletin event");
    }
}
