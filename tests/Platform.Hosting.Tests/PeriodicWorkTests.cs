using Platform.Hosting;

namespace Platform.Hosting.Tests;

public sealed class PeriodicWorkTests
{
    [Fact]
    public async Task A_pass_that_throws_is_reported_and_the_next_pass_still_runs()
    {
        using var stop = new CancellationTokenSource();
        var passes = 0;
        var reported = new List<string>();
        var loop = PeriodicWork.RunAsync(_ =>
            {
                if (++passes == 1) throw new InvalidOperationException("store down");
                stop.Cancel();
                return Task.CompletedTask;
            },
            _ => TimeSpan.Zero, ex => reported.Add(ex.Message), TimeProvider.System, stop.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);
        Assert.Equal(2, passes);
        Assert.Equal(["store down"], reported);
    }

    [Fact]
    public async Task Out_of_memory_in_a_pass_escapes_the_loop_unreported()
    {
        using var stop = new CancellationTokenSource();
        var passes = 0;
        var reported = 0;
        // Were it swallowed, the pause would stop the loop with a cancellation instead.
        await Assert.ThrowsAsync<OutOfMemoryException>(() => PeriodicWork.RunAsync(_ =>
            {
                passes++;
                throw new OutOfMemoryException();
            },
            _ =>
            {
                stop.Cancel();
                return TimeSpan.Zero;
            },
            _ => reported++, TimeProvider.System, stop.Token));
        Assert.Equal(1, passes);
        Assert.Equal(0, reported);
    }

    [Fact]
    public async Task The_pause_is_told_the_failures_in_a_row_and_a_success_resets_them()
    {
        using var stop = new CancellationTokenSource();
        bool[] fails = [true, true, false, true, false];
        var passes = 0;
        var pauses = new List<int>();
        var loop = PeriodicWork.RunAsync(_ => fails[passes++] ? throw new TimeoutException() : Task.CompletedTask,
            failures =>
            {
                pauses.Add(failures);
                if (passes == fails.Length) stop.Cancel();
                return TimeSpan.Zero;
            },
            _ => { }, TimeProvider.System, stop.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);
        Assert.Equal([1, 2, 0, 1, 0], pauses);
    }

    [Fact]
    public async Task A_pass_cancelled_by_the_stopping_host_ends_the_loop_unreported()
    {
        using var stop = new CancellationTokenSource();
        var reported = 0;
        var loop = PeriodicWork.RunAsync(async ct =>
            {
                await stop.CancelAsync();
                ct.ThrowIfCancellationRequested();
            },
            _ => TimeSpan.Zero, _ => reported++, TimeProvider.System, stop.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);
        Assert.Equal(0, reported);
    }
}
