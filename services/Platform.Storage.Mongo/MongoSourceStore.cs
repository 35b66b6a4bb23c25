namespace Platform.Storage.Mongo;

internal sealed class MongoSourceStore(IMongoCollection<Source> sources, StoreCalls calls) : ISourceStore
{
    public Task<bool> AddAsync(Source source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return calls.RunAsync($"sources insert '{source.Id}'", () => sources.TryInsertAsync(source, cancellationToken));
    }

    public Task<Source?> FindByKeyHashAsync(string keyHash, CancellationToken cancellationToken = default) =>
        calls.RunAsync<Source?>("sources find by key", async () =>
            await sources.Find(new BsonDocument("keyHash", keyHash)).Sort(new BsonDocument("_id", 1)).FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false));

    public Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyList<Source>>("sources list", async () =>
            await sources.Find(new BsonDocument()).Sort(new BsonDocument("_id", 1)).Limit(10_000).ToListAsync(cancellationToken).ConfigureAwait(false));

    public Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        calls.RunAsync($"sources revoke '{id}'", async () =>
        {
            var revoked = await sources.UpdateOneAsync(
                new BsonDocument("_id", id), Builders<Source>.Update.Set(s => s.RevokedAt, at), cancellationToken: cancellationToken).ConfigureAwait(false);
            return revoked.MatchedCount == 1;
        });
}
