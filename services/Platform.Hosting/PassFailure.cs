namespace Platform.Hosting;

/// <summary>
/// Which exceptions a background loop outlives. An exception that escapes a <c>BackgroundService</c> stops the host, so
/// a failed pass is reported and retried; but not when the process itself is failing, nor when the host is stopping.
/// </summary>
public static class PassFailure
{
    /// <summary>Out of memory: the process is in no state to retry, and must fail rather than loop at its limit.</summary>
    public static bool IsFatal(Exception exception) => exception is OutOfMemoryException;

    /// <summary>
    /// Whether the loop reports <paramref name="exception"/> and goes on: every exception but a fatal one and the
    /// cancellation of a host that is stopping (<paramref name="stopping"/>), which ends the loop.
    /// </summary>
    public static bool IsOutlived(Exception exception, bool stopping) =>
        !IsFatal(exception) && !(stopping && exception is OperationCanceledException);
}
