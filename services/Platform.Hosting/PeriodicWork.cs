namespace Platform.Hosting;

/// <summary>
/// The loop of the platform's periodic background work: one pass after another until the host stops, each pass saying
/// how long to wait before the next. A failed pass is reported and retried (<see cref="PassFailure"/> says which
/// failures end the loop instead).
/// </summary>
public static class PeriodicWork
{
    /// <param name="pass">One round of the work; answers how long to wait before the next (zero: at once).</param>
    /// <param name="failed">
    /// Reports a failed pass, given its exception and the failed passes in a row (1 for the first), and answers how long
    /// to wait before trying again.
    /// </param>
    /// <param name="time">The clock the waits are measured on.</param>
    /// <param name="stoppingToken">The host stopping: the loop ends with its cancellation.</param>
    public static async Task RunAsync(Func<CancellationToken, Task<TimeSpan>> pass, Func<Exception, int, Task<TimeSpan>> failed, TimeProvider time,
        CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(pass);
        ArgumentNullException.ThrowIfNull(failed);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await pass(stoppingToken).ConfigureAwait(false);
                failures = 0;
            }
            catch (Exception ex) when (PassFailure.IsOutlived(ex, stoppingToken.IsCancellationRequested))
            {
                wait = await failed(ex, ++failures).ConfigureAwait(false);
            }
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
        }
    }
}
