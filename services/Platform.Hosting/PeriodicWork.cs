namespace Platform.Hosting;

/// <summary>
/// The loop of the platform's periodic background work: one pass after another until the host stops, with a pause
/// after each. A failed pass is reported and the loop goes on (<see cref="PassFailure"/> says which failures end it).
/// </summary>
public static class PeriodicWork
{
    /// <param name="pass">One round of the work.</param>
    /// <param name="pause">The wait after a pass, given the failed passes in a row (0 after a pass that succeeded).</param>
    /// <param name="failed">Reports a failed pass; the loop goes on after <paramref name="pause"/>.</param>
    /// <param name="time">The clock the pauses are measured on.</param>
    /// <param name="stoppingToken">The host stopping: the loop ends with its cancellation.</param>
    public static async Task RunAsync(Func<CancellationToken, Task> pass, Func<int, TimeSpan> pause, Action<Exception> failed, TimeProvider time,
        CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(pass);
        ArgumentNullException.ThrowIfNull(pause);
        ArgumentNullException.ThrowIfNull(failed);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass(stoppingToken).ConfigureAwait(false);
                failures = 0;
            }
            catch (Exception ex) when (PassFailure.IsOutlived(ex, stoppingToken.IsCancellationRequested))
            {
                failures++;
                failed(ex);
            }
            await Task.Delay(pause(failures), time, stoppingToken).ConfigureAwait(false);
        }
    }
}
