using Spectre.Console;

namespace Platform.Cli;

/// <summary>
/// Live progress bars on standard error (standard output stays free for results and --json) for counters that a
/// running task advances; a non-interactive terminal gets Spectre.Console's plain fallback.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>One bar: its label, its total and how to read its current count.</summary>
    public sealed record Counter(string Label, int Total, Func<int> Current);

    public static async Task<T> ShowAsync<T>(IReadOnlyList<Counter> counters, Task<T> work)
    {
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentNullException.ThrowIfNull(work);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var bars = counters.Select(c => (Counter: c, Task: context.AddTask(c.Label, maxValue: Math.Max(1, c.Total)))).ToArray();
                while (true)
                {
                    foreach (var (counter, task) in bars) task.Value = counter.Current();
                    if (work.IsCompleted) break;
                    await Task.WhenAny(work, Task.Delay(200)).ConfigureAwait(false);
                }
                // Bars of work that ended early (errors, a wait that ran out) are closed where they stand.
                foreach (var (_, task) in bars) task.StopTask();
            }).ConfigureAwait(false);
        return await work.ConfigureAwait(false);
    }
}
