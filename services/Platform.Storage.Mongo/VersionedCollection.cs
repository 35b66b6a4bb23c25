namespace Platform.Storage.Mongo;

/// <summary>
/// Optimistic concurrency on documents with a <c>version</c> field. A first write is an insert (an existing
/// _id means someone else won, and its version comes back); later writes replace only where the stored
/// version is the expected one. Each is one retryable single-document write, so a conflict never leaves a
/// partial write and a failover never doubles one.
/// </summary>
internal sealed class VersionedCollection<T>(IMongoCollection<T> collection, StoreCalls calls, Func<T, string> idOf, Func<T, long, T> withVersion)
{
    public IMongoCollection<T> Collection { get; } = collection;

    public Task<T?> GetAsync(string id, CancellationToken cancellationToken) =>
        calls.RunAsync<T?>($"{Name} find '{id}'", async () =>
            await Collection.Find(new BsonDocument("_id", id)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false));

    public Task<WriteResult> UpsertAsync(T document, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var id = idOf(document);
        var version = expectedVersion + 1;
        var stored = withVersion(document, version);
        return calls.RunAsync($"{Name} document '{id}'", async () =>
        {
            if (expectedVersion == 0)
            {
                return await Collection.TryInsertAsync(stored, cancellationToken).ConfigureAwait(false)
                    ? new WriteResult(true, version)
                    : new WriteResult(false, await CurrentVersionAsync(id, cancellationToken).ConfigureAwait(false));
            }
            var replaced = await Collection.ReplaceOneAsync(
                new BsonDocument { ["_id"] = id, ["version"] = expectedVersion }, stored, cancellationToken: cancellationToken).ConfigureAwait(false);
            return replaced.MatchedCount == 1
                ? new WriteResult(true, version)
                : new WriteResult(false, await CurrentVersionAsync(id, cancellationToken).ConfigureAwait(false));
        });
    }

    private string Name => Collection.CollectionNamespace.CollectionName;

    private async Task<long> CurrentVersionAsync(string id, CancellationToken cancellationToken)
    {
        var stored = await Collection.Find(new BsonDocument("_id", id)).Project(new BsonDocument("version", 1))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return stored?.GetValue("version", 0).ToInt64() ?? 0;
    }
}
