using System.Diagnostics;

namespace Platform.Faults.Tests;

/// <summary>
/// Issue 13 fault suite: each service is SIGKILLed in turn while bulletins are in flight and started again; the
/// messages it held go back to their queues and the store-driven recovery re-announces what it had not sent. Public
/// events are at-least-once across a crash of the dispatcher: one it had sent but not marked goes out again with its id.
/// </summary>
[Collection(ProcessScenarios.Name)]
public sealed class ServiceCrashScenarioTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_each_service_mid_stream_loses_and_strands_nothing_and_resends_only_what_the_killed_dispatcher_had_sent()
    {
        await using var pipeline = await ServicePipeline.StartAsync();
        var tap = await ExchangeTap.BindAsync(pipeline.Exchange);
        var accepted = new List<string>();
        var texts = ScenarioSettings.Texts("进程崩溃测试").ToList();
        // Fetch goes last: a restarted process listens on a new port, and every push goes to the first fetch process.
        var services = new[] { "Parse", "Enrich", "Publish", "Fetch" };
        var chunk = (texts.Count + 2) / 3;
        var clock = Stopwatch.StartNew();
        IReadOnlySet<string> inLogAtKill = new HashSet<string>();
        for (var i = 0; i < services.Length; i++)
        {
            foreach (var text in texts.Skip(i * chunk).Take(i < 3 ? chunk : 0)) accepted.Add(await pipeline.PushAsync(text));
            // kill -9, then a new process on the same settings; while publish is down, the events its dispatcher may have had in flight
            await pipeline.RestartAsync(services[i], services[i] == "Publish" ? async () => inLogAtKill = await EventIdsAsync(pipeline) : null);
            output.WriteLine($"{services[i]} killed and restarted at {clock.Elapsed.TotalSeconds:0.0} s");
        }
        var recovery = Stopwatch.StartNew();
        var (counts, recovered) = await ScenarioOutcome.MeasureAsync(pipeline, accepted, tap, recovery, TimeSpan.FromMinutes(3),
            "kill -9 of parse, enrich, publish, fetch in turn");
        output.WriteLine(counts.Summary(recovered));

        counts.AssertNothingLostOrStrandedAndResentOnlyFromTheKilledDispatcher(inLogAtKill);
        counts.AssertErrorQueues();
    }

    private static async Task<IReadOnlySet<string>> EventIdsAsync(ServicePipeline pipeline) =>
        (await pipeline.AllEventsAsync()).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
}
