using System.Diagnostics;
using Microsoft.Extensions.Options;
using Platform.Hosting.Configuration;

namespace Platform.Hosting.Memory;

/// <summary>
/// A process's budget of document characters that parse, enrich and publish work on at once, so that two maximum-size
/// documents in one host do not together outgrow its GC heap. A consumer enters with the size of the document it
/// holds and disposes the lease when done; small documents enter at once, larger ones wait in arrival order until
/// their share fits (<see cref="DocumentAdmission"/>).
/// </summary>
public sealed class DocumentMemoryBudget
{
    private readonly Lock _lock = new();
    private readonly LinkedList<Waiter> _waiting = new();
    private long _inUse;

    public DocumentMemoryBudget(IOptions<DocumentMemoryOptions> options)
        : this(Configured(options).BudgetChars ?? DocumentAdmission.BudgetFor(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes), Configured(options).UnmeteredChars)
    {
    }

    public DocumentMemoryBudget(long budgetChars, long unmeteredChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budgetChars);
        ArgumentOutOfRangeException.ThrowIfNegative(unmeteredChars);
        BudgetChars = budgetChars;
        UnmeteredChars = unmeteredChars;
    }

    public long BudgetChars { get; }
    public long UnmeteredChars { get; }

    /// <summary>Characters of the documents at work now.</summary>
    public long InUse
    {
        get
        {
            lock (_lock) return _inUse;
        }
    }

    /// <summary>Documents waiting for their share.</summary>
    public int Waiting
    {
        get
        {
            lock (_lock) return _waiting.Count;
        }
    }

    /// <summary>Waits until a document of <paramref name="chars"/> characters may be worked on; dispose the lease when done with it.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting; nothing is held.</exception>
    public ValueTask<DocumentMemoryLease> EnterAsync(long chars, CancellationToken cancellationToken)
    {
        var units = DocumentAdmission.Units(chars, BudgetChars, UnmeteredChars);
        if (units == 0) return ValueTask.FromResult(DocumentMemoryLease.Unmetered);
        LinkedListNode<Waiter> node;
        lock (_lock)
        {
            if (DocumentAdmission.Enters(units, _inUse, BudgetChars, _waiting.Count > 0))
            {
                _inUse += units;
                return ValueTask.FromResult(new DocumentMemoryLease(this, units));
            }
            cancellationToken.ThrowIfCancellationRequested();
            node = _waiting.AddLast(new Waiter(units));
        }
        return WaitAsync(node, cancellationToken);
    }

    private async ValueTask<DocumentMemoryLease> WaitAsync(LinkedListNode<Waiter> node, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using (cancellationToken.Register(() => Abandon(node, cancellationToken)).ConfigureAwait(false))
        {
            await node.Value.Admitted.Task.ConfigureAwait(false);
        }
        PlatformTelemetry.DocumentAdmissionWait.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new DocumentMemoryLease(this, node.Value.Units);
    }

    internal void Release(long units)
    {
        lock (_lock)
        {
            _inUse -= units;
            AdmitWaiting();
        }
    }

    // A waiter cancelled before it was admitted leaves the queue; those behind it may now fit.
    private void Abandon(LinkedListNode<Waiter> node, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (node.List is null) return;
            _waiting.Remove(node);
            node.Value.Admitted.TrySetCanceled(cancellationToken);
            AdmitWaiting();
        }
    }

    private void AdmitWaiting()
    {
        while (_waiting.First is { } head && DocumentAdmission.Enters(head.Value.Units, _inUse, BudgetChars, othersWaiting: false))
        {
            _waiting.RemoveFirst();
            _inUse += head.Value.Units;
            head.Value.Admitted.TrySetResult();
        }
    }

    private static DocumentMemoryOptions Configured(IOptions<DocumentMemoryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Value;
    }

    private sealed record Waiter(long Units)
    {
        // Continuations run off the lock that admits them.
        public TaskCompletionSource Admitted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
