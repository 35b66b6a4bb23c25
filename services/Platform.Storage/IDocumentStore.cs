namespace Platform.Storage;

/// <summary>The store port: document collections behind one connection. Adapters: SQLite (embedded) and MongoDB.</summary>
public interface IDocumentStore : IAsyncDisposable
{
    IRawBulletinStore RawBulletins { get; }
    IBulletinStore Bulletins { get; }
    IArticleStore Articles { get; }
    IEventStore Events { get; }
    ISourceStore Sources { get; }
    IFailureStore Failures { get; }
    ISubscriptionStore Subscriptions { get; }
    ILeaseStore Leases { get; }
    IKeyRingStore KeyRing { get; }
    IPipelineCounts Counts { get; }

    /// <summary>Creates collections, tables and indexes if missing. Idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="StoreUnavailableException"/> when the store cannot be reached.</summary>
    Task PingAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Throws <see cref="StoreUnavailableException"/> when the store answers but cannot take a write now (a SQLite file
    /// another process holds write-locked, a replica set without a primary): readiness reports it, since a ping alone
    /// would not.
    /// </summary>
    Task CheckWritableAsync(CancellationToken cancellationToken = default);
}
