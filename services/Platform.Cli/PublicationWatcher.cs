using System.Collections.Concurrent;
using Platform.Contracts.Documents;
using Platform.Storage;

namespace Platform.Cli;

/// <summary>
/// Tells in-process waiters when their bulletin is published or rejected by reading the event log once per interval
/// for all of them, instead of each waiter polling its bulletin every 50 ms.
/// </summary>
public sealed class PublicationWatcher(IDocumentStore store)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _finished = new(StringComparer.Ordinal);

    /// <summary>Reads the log from <paramref name="afterSequence"/> until cancelled.</summary>
    public async Task WatchAsync(long afterSequence, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                var events = await store.Events.ReadAsync(afterSequence, 1000, ct).ConfigureAwait(false);
                foreach (var e in events.Where(e => e.Type is "bulletin.published" or "bulletin.rejected")) Finish(e.Subject);
                if (events.Count > 0) afterSequence = events[^1].Sequence;
                else await Task.Delay(Interval, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Done watching.
        }
    }

    /// <summary>The bulletin once it is published or rejected, or as it stands when <paramref name="timeout"/> passes.</summary>
    public async Task<Bulletin?> WaitAsync(string bulletinId, TimeSpan timeout, CancellationToken ct)
    {
        var finished = _finished.GetOrAdd(bulletinId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        // A bulletin stored and finished before watching began has no new event: its stored status says so.
        var stored = await store.Bulletins.GetAsync(bulletinId, ct).ConfigureAwait(false);
        if (stored?.Status is PipelineStatus.Published or PipelineStatus.Rejected) return stored;
        try
        {
            await finished.WaitAsync(timeout, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Reported as unfinished with its current status.
        }
        return await store.Bulletins.GetAsync(bulletinId, ct).ConfigureAwait(false);
    }

    private void Finish(string bulletinId) =>
        _finished.GetOrAdd(bulletinId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
