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
                return Task.FromResult(TimeSpan.Zero);
            },
            (ex, _) =>
            {
                reported.Add(ex.Message);
                return Task.FromResult(TimeSpan.Zero);
            }, TimeProvider.System, stop.Token);

        await loop;
        Assert.Equal(2, passes);
        Assert.Equal(["store down"], reported);
    }

    [Fact]
    public async Task Out_of_memory_in_a_pass_escapes_the_loop_unreported()
    {
        using var stop = new CancellationTokenSource();
        var passes = 0;
        var reported = 0;
        // Were it swallowed, the report would stop the loop with a cancellation instead.
        await Assert.ThrowsAsync<OutOfMemoryException>(() => PeriodicWork.RunAsync(_ =>
            {
                passes++;
                throw new OutOfMemoryException();
            },
            (_, _) =>
            {
                reported++;
                stop.Cancel();
                return Task.FromResult(TimeSpan.Zero);
            }, TimeProvider.System, stop.Token));
        Assert.Equal(1, passes);
        Assert.Equal(0, reported);
    }

    [Fact]
    public async Task A_failure_is_told_the_failures_in_a_row_and_a_success_resets_them()
    {
        using var stop = new CancellationTokenSource();
        bool[] fails = [true, true, false, true, false];
        var passes = 0;
        var told = new List<int>();
        var loop = PeriodicWork.RunAsync(_ =>
            {
                if (passes == fails.Length - 1) stop.Cancel();
                return fails[passes++] ? throw new TimeoutException() : Task.FromResult(TimeSpan.Zero);
            },
            (_, failures) =>
            {
                told.Add(failures);
                return Task.FromResult(TimeSpan.Zero);
            }, TimeProvider.System, stop.Token);

        await loop;
        Assert.Equal(fails.Length, passes);
        Assert.Equal([1, 2, 1], told);
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
                return TimeSpan.Zero;
            },
            (_, _) =>
            {
                reported++;
                return Task.FromResult(TimeSpan.Zero);
            }, TimeProvider.System, stop.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);
        Assert.Equal(0, reported);
    }

    [Fact]
    public async Task The_loop_waits_what_the_pass_answers_on_the_given_clock()
    {
        using var stop = new CancellationTokenSource();
        var clock = new StoppedClock();
        var passes = 0;
        var loop = PeriodicWork.RunAsync(_ =>
            {
                if (++passes == 2) stop.Cancel();
                return Task.FromResult(TimeSpan.FromHours(1));
            },
            (_, _) => Task.FromResult(TimeSpan.Zero), clock, stop.Token);

        // The clock never moves, so the second pass can only come once the hour's timer is fired by hand.
        await Task.Delay(50);
        Assert.Equal(1, passes);
        Assert.Equal([TimeSpan.FromHours(1)], clock.Timers);
        clock.FireAll();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);
        Assert.Equal(2, passes);
    }
}
