using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Documents;

namespace Platform.Storage.Mongo;

internal sealed class MongoSourceStore(MongoCollection sources) : ISourceStore
{
    public async Task<bool> AddAsync(Source source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = StoredDocument.From(source, sources.Name, source.Id);
        return await sources.InsertIfAbsentAsync(source.Id, document, source.Id, cancellationToken).ConfigureAwait(false) is null;
    }

    public async Task<Source?> FindByKeyHashAsync(string keyHash, CancellationToken cancellationToken = default)
    {
        var found = await sources.FindAsync(
            new JsonObject { ["keyHash"] = keyHash }, MongoCollection.Ascending("_id"), 1, StoredDocument.Read<Source>, cancellationToken)
            .ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken = default) =>
        await sources.FindAsync(new JsonObject(), MongoCollection.Ascending("_id"), 10_000, StoredDocument.Read<Source>, cancellationToken)
            .ConfigureAwait(false);

    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        return await sources.FindOneAndUpdateAsync(
            new JsonObject { ["_id"] = id },
            new JsonObject { ["$set"] = new JsonObject { ["revokedAt"] = JsonSerializer.SerializeToNode(at, DocumentJson.Options) } },
            id, cancellationToken).ConfigureAwait(false);
    }
}
