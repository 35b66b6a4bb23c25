namespace Platform.Publish.Tests;

/// <summary>
/// The real store, except that another writer gets to the bulletin first: before each of the first <paramref name="races"/>
/// writes of the bulletin goes through, <paramref name="rival"/> writes its own version of it (what a second publish
/// consumer finishing the bulletin's other article does), so the write that follows meets a genuine version conflict.
/// </summary>
internal sealed class RacingBulletinStore(IDocumentStore inner, Func<Bulletin, Bulletin> rival, int races = 1) : IDocumentStore, IBulletinStore
{
    private int _raced;

    public IRawBulletinStore RawBulletins => inner.RawBulletins;
    public IBulletinStore Bulletins => this;
    public IArticleStore Articles => inner.Articles;
    public IEventStore Events => inner.Events;
    public ISourceStore Sources => inner.Sources;
    public IFailureStore Failures => inner.Failures;
    public ISubscriptionStore Subscriptions => inner.Subscriptions;
    public ILeaseStore Leases => inner.Leases;
    public IKeyRingStore KeyRing => inner.KeyRing;
    public IPipelineCounts Counts => inner.Counts;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);
    public Task PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);
    public Task CheckWritableAsync(CancellationToken cancellationToken = default) => inner.CheckWritableAsync(cancellationToken);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public Task<Bulletin?> GetAsync(string id, CancellationToken cancellationToken = default) => inner.Bulletins.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<Bulletin>> ListUnfinishedAsync(string? afterId, int limit, CancellationToken cancellationToken = default) =>
        inner.Bulletins.ListUnfinishedAsync(afterId, limit, cancellationToken);

    public async Task<WriteResult> UpsertAsync(Bulletin bulletin, long expectedVersion, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _raced) <= races)
        {
            var current = (await inner.Bulletins.GetAsync(bulletin.Id, cancellationToken).ConfigureAwait(false))!;
            var first = await inner.Bulletins.UpsertAsync(rival(current), current.Version, cancellationToken).ConfigureAwait(false);
            Assert.True(first.Succeeded);
        }
        return await inner.Bulletins.UpsertAsync(bulletin, expectedVersion, cancellationToken).ConfigureAwait(false);
    }
}
