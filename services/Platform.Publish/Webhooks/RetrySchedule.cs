namespace Platform.Publish.Webhooks;

/// <summary>
/// Delay before the next attempt after <c>failures</c> consecutive failures: min·2^(failures-1), capped at max,
/// then "equal jitter" (a random point in the upper half) so many failing subscriptions do not retry in step.
/// </summary>
public static class RetrySchedule
{
    public static TimeSpan Delay(int failures, TimeSpan min, TimeSpan max, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ticks = Math.Min(max.Ticks, min.Ticks * (double)(1L << exponent));
        var half = ticks / 2;
        return TimeSpan.FromTicks((long)(half + (random.NextDouble() * half)));
    }
}
