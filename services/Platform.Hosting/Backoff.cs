namespace Platform.Hosting;

/// <summary>
/// The one retry delay of the platform: initial·2^(failures−1), capped at max, with "equal jitter" (half fixed, half
/// random) so callers that failed together (an outage) do not retry in lockstep, yet never retry at once.
/// Used by the background loops (store start-up, re-announcement, outbox dispatch) and the persisted schedules of
/// failing feeds and webhook subscriptions.
/// </summary>
public static class Backoff
{
    /// <param name="failures">Consecutive failures so far (1 = the first).</param>
    /// <param name="initial">Delay after the first failure, before jitter.</param>
    /// <param name="max">Longest delay, before jitter.</param>
    /// <param name="random">A number in [0, 1]: where in the upper half the delay falls.</param>
    public static TimeSpan Delay(int failures, TimeSpan initial, TimeSpan max, double random)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ticks = Math.Min((double)max.Ticks, initial.Ticks * Math.Pow(2, exponent));
        return TimeSpan.FromTicks((long)(ticks / 2 + ticks / 2 * Math.Clamp(random, 0, 1)));
    }

    /// <summary>The delay with <see cref="Random.Shared"/> as the jitter.</summary>
    public static TimeSpan Delay(int failures, TimeSpan initial, TimeSpan max) => Delay(failures, initial, max, Random.Shared.NextDouble());
}
