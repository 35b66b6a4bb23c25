namespace Platform.Storage.Mongo;

/// <summary>
/// Leases keyed by name. Taking one is a single retryable upsert conditioned on "mine or expired": when another owner
/// holds it unexpired, the condition matches nothing and the upsert's insert collides on the _id, which means "not yours".
/// </summary>
internal sealed class MongoLeaseStore(IMongoCollection<BsonDocument> leases, StoreCalls calls) : ILeaseStore
{
    public Task<bool> TryAcquireAsync(string name, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        calls.RunAsync($"leases acquire '{name}'", async () =>
        {
            var mineOrExpired = new BsonDocument
            {
                ["_id"] = name,
                ["$or"] = new BsonArray
                {
                    new BsonDocument("owner", owner),
                    new BsonDocument("expiresAt", new BsonDocument("$lt", new BsonDateTime(now.UtcDateTime))),
                },
            };
            var take = new BsonDocument("$set", new BsonDocument { ["owner"] = owner, ["expiresAt"] = new BsonDateTime(until.UtcDateTime) });
            try
            {
                await leases.UpdateOneAsync(mineOrExpired, take, new UpdateOptions { IsUpsert = true }, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (MongoException error) when (DriverErrors.IsDuplicateKey(error))
            {
                return false;
            }
        });

    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default) =>
        calls.RunAsync($"leases release '{name}'", () =>
            leases.DeleteOneAsync(new BsonDocument { ["_id"] = name, ["owner"] = owner }, cancellationToken));

    public Task<Lease?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        calls.RunAsync<Lease?>($"leases find '{name}'", async () =>
        {
            var found = await leases.Find(new BsonDocument("_id", name)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return found is null
                ? null
                : new Lease(found["_id"].AsString, found["owner"].AsString, new DateTimeOffset(found["expiresAt"].ToUniversalTime(), TimeSpan.Zero));
        });
}
