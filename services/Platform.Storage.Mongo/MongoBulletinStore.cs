using Platform.Contracts.Documents;

namespace Platform.Storage.Mongo;

internal sealed class MongoBulletinStore(VersionedCollection bulletins) : IBulletinStore
{
    public Task<Bulletin?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        bulletins.Collection.FindByIdAsync(id, StoredDocument.Read<Bulletin>, cancellationToken);

    public Task<WriteResult> UpsertAsync(Bulletin bulletin, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var document = StoredDocument.From(bulletin, bulletins.Collection.Name, bulletin.Id);
        return bulletins.UpsertAsync(bulletin.Id, document, expectedVersion, cancellationToken);
    }
}
