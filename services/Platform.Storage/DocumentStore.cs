namespace Platform.Storage;

/// <summary>
/// What every adapter of <see cref="IDocumentStore"/> holds: the collection stores it builds over its own connection.
/// An adapter adds only how it initializes, checks and releases that connection.
/// </summary>
public abstract class DocumentStore(
    IRawBulletinStore rawBulletins,
    IBulletinStore bulletins,
    IArticleStore articles,
    IEventStore events,
    ISourceStore sources,
    IFailureStore failures,
    ISubscriptionStore subscriptions,
    ILeaseStore leases,
    IKeyRingStore keyRing,
    IPipelineCounts counts) : IDocumentStore
{
    public IRawBulletinStore RawBulletins { get; } = rawBulletins;
    public IBulletinStore Bulletins { get; } = bulletins;
    public IArticleStore Articles { get; } = articles;
    public IEventStore Events { get; } = events;
    public ISourceStore Sources { get; } = sources;
    public IFailureStore Failures { get; } = failures;
    public ISubscriptionStore Subscriptions { get; } = subscriptions;
    public ILeaseStore Leases { get; } = leases;
    public IKeyRingStore KeyRing { get; } = keyRing;
    public IPipelineCounts Counts { get; } = counts;

    public abstract Task InitializeAsync(CancellationToken cancellationToken = default);

    public abstract Task PingAsync(CancellationToken cancellationToken = default);

    public abstract Task CheckWritableAsync(CancellationToken cancellationToken = default);

    public abstract ValueTask DisposeAsync();
}
