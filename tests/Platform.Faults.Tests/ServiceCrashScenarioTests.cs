using System.Diagnostics;
using Platform.Integration.Tests;
using Xunit.Abstractions;

namespace Platform.Faults.Tests;

/// <summary>
/// Issue 13 fault suite: each service is SIGKILLed in turn while bulletins are in flight and started again; the
/// messages it held go back to their queues and the store-driven recovery re-announces what it had not sent.
/// </summary>
[Collection(ProcessScenarios.Name)]
public sealed class ServiceCrashScenarioTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_each_service_mid_stream_loses_strands_and_duplicates_nothing()
    {
        await using var pipeline = await ServicePipeline.StartAsync();
        var tap = await ExchangeTap.BindAsync(pipeline.Exchange);
        var accepted = new List<string>();
        var texts = ScenarioSettings.Texts("进程崩溃测试").ToList();
        // Fetch goes last: a restarted process listens on a new port, and every push goes to the first fetch process.
        var services = new[] { "Parse", "Enrich", "Publish", "Fetch" };
        var chunk = (texts.Count + 2) / 3;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < services.Length; i++)
        {
            foreach (var text in texts.Skip(i * chunk).Take(i < 3 ? chunk : 0)) accepted.Add(await pipeline.PushAsync(text));
            await pipeline.RestartAsync(services[i]); // kill -9, then a new process on the same settings
            output.WriteLine($"{services[i]} killed and restarted at {clock.Elapsed.TotalSeconds:0.0} s");
        }
        var recovery = Stopwatch.StartNew();
        await pipeline.WaitUntilPublishedAndDispatchedAsync(accepted, TimeSpan.FromMinutes(3));
        var recovered = recovery.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2));
        var counts = await PipelineCounts.CountAsync(pipeline, accepted.Distinct().ToList(), tap);
        ScenarioTable.Record(counts.Row("kill -9 of parse, enrich, publish, fetch in turn", recovered));
        output.WriteLine(counts.Summary(recovered));

        counts.AssertNothingLostStrandedOrDuplicated();
        counts.AssertErrorQueues();
    }
}
