using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Storage.Mongo.Bson;
using Platform.Storage.Mongo.Driver;

namespace Platform.Storage.Mongo;

/// <summary>
/// Optimistic concurrency on a collection of documents with a <c>version</c> field: a first write is an
/// insert (a duplicate _id means someone else won), later writes replace only where the stored version
/// is the expected one. Each is one single-document command, so a conflict never leaves a partial write.
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
        try
        {
            if (expectedVersion == 0)
            {
                await Collection.InsertAsync(document, id, cancellationToken).ConfigureAwait(false);
                return new WriteResult(true, version);
            }
            var filter = new JsonObject { ["_id"] = id, ["version"] = ExtendedJson.Int64(expectedVersion) };
            if (await Collection.UpdateAsync(filter, document, multi: false, id, cancellationToken).ConfigureAwait(false) == 1)
            {
                return new WriteResult(true, version);
            }
        }
        catch (DuplicateKeyException)
        {
            // Inserted concurrently (or earlier): report the version that is there.
        }
        return new WriteResult(false, await CurrentVersionAsync(id, cancellationToken).ConfigureAwait(false));
    }

    private async Task<long> CurrentVersionAsync(string id, CancellationToken cancellationToken)
    {
        var versions = await Collection.FindAsync(
            new JsonObject { ["_id"] = id }, new JsonObject(), 1,
            static doc => doc.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0,
            cancellationToken, projection: new JsonObject { ["version"] = 1 }).ConfigureAwait(false);
        return versions.Count == 0 ? 0 : versions[0];
    }
}
