namespace Platform.Storage.Mongo;

/// <summary>The key ring in the <c>data_protection_keys</c> collection, one document per key named by its <c>_id</c>.</summary>
internal sealed class MongoKeyRingStore(IMongoCollection<BsonDocument> keys, StoreCalls calls, TimeProvider time) : IKeyRingStore
{
    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyList<string>>("data_protection_keys find", async () =>
        {
            var found = await keys.Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument { ["addedAt"] = 1, ["_id"] = 1 })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return found.Select(k => k["xml"].AsString).ToList();
        });

    public Task AddAsync(string name, string xml, CancellationToken cancellationToken = default) =>
        calls.RunAsync($"data_protection_keys insert '{name}'", async () =>
        {
            try
            {
                await keys.InsertOneAsync(new BsonDocument { ["_id"] = name, ["xml"] = xml, ["addedAt"] = new BsonDateTime(time.GetUtcNow().UtcDateTime) },
                    cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (MongoException error) when (DriverErrors.IsDuplicateKey(error))
            {
                // Keys are never rewritten: the element stored first under this name stays.
            }
        });
}
