using System.Diagnostics;

namespace Platform.Faults.Tests;

/// <summary>
/// Issue 13 fault suite, "a broker restart": the four services as processes on a RabbitMQ node of the test's own
/// (<see cref="PrivateBrokerNode"/>), which is stopped with bulletins in flight, kept down while more are pushed, and
/// started again on the same data. The services reconnect and nothing is lost, stranded or duplicated.
/// </summary>
[Collection(ProcessScenarios.Name)]
public sealed class BrokerRestartScenarioTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Restarting_the_broker_mid_stream_loses_strands_and_duplicates_nothing()
    {
        await using var node = await PrivateBrokerNode.StartAsync();
        await node.AddVirtualHostAsync(LocalBroker.VirtualHost);
        using var onNode = new EnvironmentSettings(node.ProcessSettings(LocalBroker.VirtualHost));
        await using var pipeline = await ServicePipeline.StartAsync();
        var tap = await ExchangeTap.BindAsync(pipeline.Exchange);
        var texts = ScenarioSettings.Texts("消息代理重启测试").ToList();
        var third = (texts.Count + 2) / 3;
        var accepted = new List<string>();
        foreach (var text in texts.Take(third)) accepted.Add(await pipeline.PushAsync(text));

        await node.StopAsync();
        var outage = Stopwatch.StartNew();
        output.WriteLine("broker stopped");
        // Pushes while the broker is down are stored and announced once it is back (fetch's store-driven recovery).
        foreach (var text in texts.Skip(third).Take(third)) accepted.Add(await pipeline.PushAsync(text));
        if (outage.Elapsed < Down) await Task.Delay(Down - outage.Elapsed);
        await node.StartAsync();
        var down = outage.Elapsed;
        output.WriteLine($"broker down {down.TotalSeconds:0.0} s (start took {node.LastStartTook.TotalSeconds:0.0} s)");

        var recovery = Stopwatch.StartNew();
        foreach (var text in texts.Skip(2 * third)) accepted.Add(await pipeline.PushAsync(text));
        var (counts, recovered) = await ScenarioOutcome.MeasureAsync(pipeline, accepted, tap, recovery, TimeSpan.FromMinutes(2),
            $"broker node stopped (at least {Down.TotalSeconds:0} s) and restarted, private node");
        output.WriteLine(counts.Summary(recovered));

        counts.AssertNothingLostStrandedOrDuplicated();
        counts.AssertErrorQueues();
    }
}
