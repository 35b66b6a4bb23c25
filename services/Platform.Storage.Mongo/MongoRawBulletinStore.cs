using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Storage.Mongo.Bson;
using Platform.Storage.Mongo.Driver;

namespace Platform.Storage.Mongo;

internal sealed class MongoRawBulletinStore(MongoCollection raw) : IRawBulletinStore
{
    /// <summary>Derived field: receivedAt as a BSON date, for range queries and ordering (the ISO string keeps the exact offset).</summary>
    public const string ReceivedAtUtcField = "_receivedAtUtc";

    public async Task<AddRawResult> AddAsync(RawBulletin bulletin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var document = StoredDocument.From(bulletin, raw.Name, bulletin.Id);
        document["_id"] = bulletin.Id;
        document["bytes"] = ExtendedJson.Binary(bulletin.Bytes);
        document[ReceivedAtUtcField] = ExtendedJson.Date(bulletin.ReceivedAt);
        try
        {
            // Same id means same content (the id is the SHA-256 prefix): an existing one is the duplicate.
            return await raw.InsertIfAbsentAsync(bulletin.Id, document, bulletin.Id, cancellationToken).ConfigureAwait(false) is null
                ? new AddRawResult(true, bulletin.Id)
                : new AddRawResult(false, bulletin.Id);
        }
        catch (DuplicateKeyException)
        {
            var existing = await raw.FindAsync(
                new JsonObject { ["sha256"] = bulletin.Sha256 }, new JsonObject(), 1, ReadId, cancellationToken,
                projection: new JsonObject { ["_id"] = 1 }).ConfigureAwait(false);
            return existing.Count == 1
                ? new AddRawResult(false, existing[0])
                : throw new StoreException($"raw bulletin '{bulletin.Id}' collides with a stored id but not with its SHA-256 '{bulletin.Sha256}'.");
        }
    }

    public Task<RawBulletin?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        raw.FindByIdAsync(id, StoredDocument.Read<RawBulletin>, cancellationToken);

    public async Task<IReadOnlyList<RawBulletin>> ListUnannouncedAsync(int limit, CancellationToken cancellationToken = default) =>
        await raw.FindAsync(
            new JsonObject { ["announced"] = false }, MongoCollection.Ascending(ReceivedAtUtcField, "_id"), Math.Max(limit, 1),
            StoredDocument.Read<RawBulletin>, cancellationToken).ConfigureAwait(false);

    public async Task MarkAnnouncedAsync(string id, CancellationToken cancellationToken = default) =>
        await raw.FindOneAndUpdateAsync(
            new JsonObject { ["_id"] = id }, new JsonObject { ["$set"] = new JsonObject { ["announced"] = true } }, id,
            cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<string>> ListIdsAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        var filter = new JsonObject();
        if (from is not null || to is not null)
        {
            var range = new JsonObject();
            if (from is { } f) range["$gte"] = ExtendedJson.Date(f);
            if (to is { } t) range["$lte"] = ExtendedJson.Date(t);
            filter[ReceivedAtUtcField] = range;
        }
        return await raw.FindAsync(
            filter, MongoCollection.Ascending(ReceivedAtUtcField, "_id"), 100_000, ReadId, cancellationToken,
            projection: new JsonObject { ["_id"] = 1 }).ConfigureAwait(false);
    }

    private static string ReadId(JsonElement document) => document.GetProperty("_id").GetString()!;
}
