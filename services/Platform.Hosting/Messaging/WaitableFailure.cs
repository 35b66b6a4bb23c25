using Platform.Storage;

namespace Platform.Hosting.Messaging;

/// <summary>
/// A failure that waiting cures, so the message is held and redelivered on <see cref="RedeliverySchedule"/> instead of
/// faulting after the quick retries: the store is unavailable, or the process could not allocate for this message
/// while other large documents were in flight (a maximum-size body under the container's GC heap limit). An
/// allocation that fails leaves the process sound; the message succeeds once the others finish.
/// </summary>
public static class WaitableFailure
{
    public static bool Is(Exception? error) => StoreErrors.IsUnavailable(error) || IsOutOfMemory(error);

    private static bool IsOutOfMemory(Exception? error) => error switch
    {
        null => false,
        OutOfMemoryException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutOfMemory),
        _ => IsOutOfMemory(error.InnerException),
    };
}
