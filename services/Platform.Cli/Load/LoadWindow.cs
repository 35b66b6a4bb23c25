using System.Diagnostics;

namespace Platform.Cli.Load;

/// <summary>Throughput of one stretch of a run: the bulletins finished after <paramref name="From"/> up to <paramref name="To"/>.</summary>
/// <param name="From">Bulletins finished before the window.</param>
/// <param name="To">Bulletins finished at its end.</param>
/// <param name="Seconds">How long the window took.</param>
/// <param name="BulletinsPerSecond">(To - From) / Seconds.</param>
public sealed record LoadWindow(int From, int To, double Seconds, double BulletinsPerSecond)
{
    /// <summary>Cuts the ordered finish times (Stopwatch timestamps) into windows of <paramref name="size"/> bulletins; a last partial window is kept.</summary>
    public static IReadOnlyList<LoadWindow> Split(long started, IReadOnlyList<long> finishTimes, int size)
    {
        ArgumentNullException.ThrowIfNull(finishTimes);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var windows = new List<LoadWindow>();
        var previous = started;
        for (var from = 0; from < finishTimes.Count; from += size)
        {
            var to = Math.Min(from + size, finishTimes.Count);
            var seconds = Stopwatch.GetElapsedTime(previous, finishTimes[to - 1]).TotalSeconds;
            windows.Add(new LoadWindow(from, to, seconds, seconds > 0 ? (to - from) / seconds : 0));
            previous = finishTimes[to - 1];
        }
        return windows;
    }
}
