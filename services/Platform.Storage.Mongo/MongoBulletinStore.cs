using Platform.Contracts.Documents;
using Platform.Storage.Mongo.Mapping;

namespace Platform.Storage.Mongo;

internal sealed class MongoBulletinStore(VersionedCollection<Bulletin> bulletins, StoreCalls calls) : IBulletinStore
{
    private static readonly BsonArray Unfinished =
        [ContractMapping.NameOf(PipelineStatus.Received), ContractMapping.NameOf(PipelineStatus.Parsed), ContractMapping.NameOf(PipelineStatus.Enriched)];

    public Task<Bulletin?> GetAsync(string id, CancellationToken cancellationToken = default) => bulletins.GetAsync(id, cancellationToken);

    public Task<WriteResult> UpsertAsync(Bulletin bulletin, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        return bulletins.UpsertAsync(bulletin, expectedVersion, cancellationToken);
    }

    public Task<IReadOnlyList<Bulletin>> ListUnfinishedAsync(string? afterId, int limit, CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyList<Bulletin>>("bulletins list unfinished", async () =>
        {
            var filter = new BsonDocument
            {
                ["status"] = new BsonDocument("$in", Unfinished),
                ["_id"] = new BsonDocument("$gt", afterId ?? ""),
            };
            return await bulletins.Collection.Find(filter).Sort(new BsonDocument("_id", 1)).Limit(Math.Max(limit, 1))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        });
}
