using Platform.Storage.Mongo.Mapping;

namespace Platform.Storage.Mongo;

internal sealed class MongoFailureStore(IMongoCollection<Failure> failures, StoreCalls calls) : IFailureStore
{
    public Task RecordAsync(Failure failure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return calls.RunAsync($"failures insert for '{failure.SubjectId}'", () => failures.InsertOneAsync(failure, cancellationToken: cancellationToken));
    }

    public Task<IReadOnlyList<Failure>> ListAsync(string subjectId, CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyList<Failure>>($"failures list for '{subjectId}'", async () =>
            await failures.Find(new BsonDocument("subjectId", subjectId))
                .Sort(new BsonDocument { [ContractMapping.AtUtcField] = 1, ["_id"] = 1 })
                .Limit(10_000)
                .ToListAsync(cancellationToken).ConfigureAwait(false));
}
