using Platform.Contracts.Documents;

namespace Platform.Storage.Mongo;

internal sealed class MongoBulletinStore(VersionedCollection<Bulletin> bulletins) : IBulletinStore
{
    public Task<Bulletin?> GetAsync(string id, CancellationToken cancellationToken = default) => bulletins.GetAsync(id, cancellationToken);

    public Task<WriteResult> UpsertAsync(Bulletin bulletin, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        return bulletins.UpsertAsync(bulletin, expectedVersion, cancellationToken);
    }
}
