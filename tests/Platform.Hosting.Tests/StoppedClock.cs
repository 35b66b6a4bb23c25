namespace Platform.Hosting.Tests;

/// <summary>A clock whose timers fire only when the test fires them, keeping the due time each was set for.</summary>
internal sealed class StoppedClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<(TimeSpan Due, TimerCallback Callback, object? State)> _timers = [];

    public IReadOnlyList<TimeSpan> Timers
    {
        get
        {
            lock (_gate) return [.. _timers.Select(t => t.Due)];
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate) _timers.Add((dueTime, callback, state));
        return new Timer();
    }

    public void FireAll()
    {
        List<(TimeSpan Due, TimerCallback Callback, object? State)> timers;
        lock (_gate) timers = [.. _timers];
        foreach (var (_, callback, state) in timers) callback(state);
    }

    private sealed class Timer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
