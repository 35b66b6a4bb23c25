using System.Text.Json.Nodes;
using Platform.Storage.Mongo.Bson;

namespace Platform.Storage.Mongo;

internal sealed class MongoFailureStore(MongoCollection failures) : IFailureStore
{
    /// <summary>Derived field: the failure time as a BSON date, for ordering.</summary>
    public const string AtUtcField = "_atUtc";

    public async Task RecordAsync(Failure failure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var id = Guid.CreateVersion7().ToString();
        var document = StoredDocument.From(failure, failures.Name, id);
        document[AtUtcField] = ExtendedJson.Date(failure.At);
        await failures.InsertIfAbsentAsync(id, document, id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Failure>> ListAsync(string subjectId, CancellationToken cancellationToken = default) =>
        await failures.FindAsync(
            new JsonObject { ["subjectId"] = subjectId }, MongoCollection.Ascending(AtUtcField, "_id"), 10_000,
            StoredDocument.Read<Failure>, cancellationToken).ConfigureAwait(false);
}
