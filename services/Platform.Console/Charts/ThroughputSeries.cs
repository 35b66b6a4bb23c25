namespace Platform.OperatorConsole.Charts;

/// <summary>Counts per time bucket over a window ending now: what the throughput chart draws.</summary>
/// <param name="Name">Legend text, e.g. "articles published".</param>
/// <param name="Counts">One count per bucket, oldest first.</param>
public sealed record ThroughputSeries(string Name, IReadOnlyList<int> Counts)
{
    /// <summary>Buckets <paramref name="times"/> into <paramref name="buckets"/> equal slices of the window (now − window, now]; times outside are ignored.</summary>
    public static ThroughputSeries Count(string name, IEnumerable<DateTimeOffset> times, DateTimeOffset now, TimeSpan window, int buckets)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var counts = new int[buckets];
        var start = now - window;
        foreach (var t in times)
        {
            if (t <= start || t > now) continue;
            var index = (int)((t - start).Ticks * buckets / window.Ticks);
            counts[Math.Min(index, buckets - 1)]++;
        }
        return new ThroughputSeries(name, counts);
    }
}
