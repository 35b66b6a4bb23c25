using Platform.Contracts.Events;

namespace Platform.Storage;

/// <summary>The <c>events</c> collection: the outbox, the replay source and the pull feed.</summary>
public interface IEventStore
{
    /// <summary>Appends the event with the next sequence number, or returns the stored one with the same dedup key.</summary>
    Task<(PublicEvent Event, bool Appended)> AppendAsync(NewEvent newEvent, CancellationToken cancellationToken = default);

    /// <summary>How many of <paramref name="dedupKeys"/> have an event appended (committed) under them.</summary>
    Task<int> CountAppendedAsync(IReadOnlyCollection<string> dedupKeys, CancellationToken cancellationToken = default);

    /// <summary>Events with sequence &gt; <paramref name="afterSequence"/>, in sequence order.</summary>
    Task<IReadOnlyList<PublicEvent>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>Events not yet confirmed by the broker, in sequence order.</summary>
    Task<IReadOnlyList<PublicEvent>> ListUndispatchedAsync(int limit, CancellationToken cancellationToken = default);

    Task MarkDispatchedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default);

    /// <summary>Replay: the events go back into the outbox, so the dispatcher sends them again with the same ids.</summary>
    Task MarkUndispatchedAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes an event the broker refused out of the outbox with the reason, in one write: it stays in the event log and
    /// is listed by <see cref="ListQuarantinedAsync"/>. Quarantining it again replaces the reason.
    /// </summary>
    Task QuarantineAsync(long sequence, string reason, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Quarantined events, oldest sequence first.</summary>
    Task<IReadOnlyList<QuarantinedEvent>> ListQuarantinedAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Puts a quarantined event back into the outbox (after the broker's limit was raised); false when it is not quarantined.</summary>
    Task<bool> ReleaseQuarantinedAsync(long sequence, CancellationToken cancellationToken = default);

    /// <summary>Highest sequence appended so far (0 when empty).</summary>
    Task<long> LastSequenceAsync(CancellationToken cancellationToken = default);
}
