using System.Diagnostics;

namespace Platform.Faults.Tests;

/// <summary>
/// How a process scenario ends: it waits until the accepted bulletins are published and their events dispatched, takes
/// the time to recover, gives a second copy of an event time to reach the tap, counts, and records the scenario's row.
/// </summary>
public static class ScenarioOutcome
{
    /// <param name="pipeline">The services under test.</param>
    /// <param name="accepted">Ids of the bulletins fetch accepted (a repeat counts once).</param>
    /// <param name="tap">The queue bound to the public exchange before the first push.</param>
    /// <param name="since">Started when recovery began: its elapsed time once all is published is the time to recover.</param>
    /// <param name="timeout">How long the pipeline may take to publish everything.</param>
    /// <param name="scenario">The row's name in the fault table.</param>
    public static async Task<(PipelineCounts Counts, TimeSpan Recovered)> MeasureAsync(ServicePipeline pipeline, IReadOnlyCollection<string> accepted,
        string tap, Stopwatch since, TimeSpan timeout, string scenario)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(since);
        await pipeline.WaitUntilPublishedAndDispatchedAsync(accepted, timeout);
        var recovered = since.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2)); // a second copy of an event, had there been one, reaches the tap
        var counts = await PipelineCounts.CountAsync(pipeline, accepted.Distinct(StringComparer.Ordinal).ToList(), tap);
        ScenarioTable.Record(counts.Row(scenario, recovered));
        return (counts, recovered);
    }
}
