namespace Platform.Fetch.Feeds;

/// <summary>
/// Delay before the next poll of a failing feed: base·2^(failures−1), capped, with "equal jitter" (half fixed, half
/// random) so feeds that failed together (an upstream outage) do not retry in lockstep, yet never retry at once.
/// </summary>
public static class FeedBackoff
{
    public static TimeSpan Delay(int consecutiveFailures, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var exponent = Math.Clamp(consecutiveFailures - 1, 0, 30);
        var ticks = Math.Min((double)maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, exponent));
        return TimeSpan.FromTicks((long)(ticks / 2 + ticks / 2 * Math.Clamp(random, 0, 1)));
    }
}
