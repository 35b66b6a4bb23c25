using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Storage.Mongo.Bson;

namespace Platform.Storage.Mongo;

/// <summary>
/// Optimistic concurrency on a collection of documents with a <c>version</c> field: a first write is an
/// insert-if-absent (an existing _id means someone else won, and its version comes back), later writes
/// replace only where the stored version is the expected one. Each is one retryable single-document
/// findAndModify, so a conflict never leaves a partial write and a failover never doubles one.
/// </summary>
internal sealed class VersionedCollection(MongoCollection collection)
{
    public MongoCollection Collection { get; } = collection;

    public async Task<WriteResult> UpsertAsync(string id, JsonObject document, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var version = expectedVersion + 1;
        document["_id"] = id;
        document["version"] = ExtendedJson.Int64(version);
        if (expectedVersion == 0)
        {
            var existing = await Collection.InsertIfAbsentAsync(
                id, document, id, cancellationToken, fields: new JsonObject { ["version"] = 1 }).ConfigureAwait(false);
            return existing is { } stored ? new WriteResult(false, VersionOf(stored)) : new WriteResult(true, version);
        }
        var filter = new JsonObject { ["_id"] = id, ["version"] = ExtendedJson.Int64(expectedVersion) };
        if (await Collection.FindOneAndUpdateAsync(filter, document, id, cancellationToken).ConfigureAwait(false))
        {
            return new WriteResult(true, version);
        }
        return new WriteResult(false, await CurrentVersionAsync(id, cancellationToken).ConfigureAwait(false));
    }

    private static long VersionOf(JsonElement document) =>
        document.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;

    private async Task<long> CurrentVersionAsync(string id, CancellationToken cancellationToken)
    {
        var versions = await Collection.FindAsync(
            new JsonObject { ["_id"] = id }, new JsonObject(), 1,
            VersionOf,
            cancellationToken, projection: new JsonObject { ["version"] = 1 }).ConfigureAwait(false);
        return versions.Count == 0 ? 0 : versions[0];
    }
}
