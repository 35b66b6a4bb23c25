namespace Platform.Testing;

/// <summary>What an action allocates on the calling thread, for tests that bound a code path's allocations.</summary>
public static class ThreadAllocations
{
    public static long Of(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
