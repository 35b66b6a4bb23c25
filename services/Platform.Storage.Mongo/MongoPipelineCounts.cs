using Platform.Contracts.Documents;
using Platform.Storage.Mongo.Mapping;

namespace Platform.Storage.Mongo;

/// <summary>The console's counts as server-side aggregations (<c>$group</c>) and an indexed range on the receive time.</summary>
internal sealed class MongoPipelineCounts(IMongoDatabase database, StoreCalls calls) : IPipelineCounts
{
    private readonly IMongoCollection<BsonDocument> raw = database.GetCollection<BsonDocument>("raw_bulletins");
    private readonly IMongoCollection<BsonDocument> bulletins = database.GetCollection<BsonDocument>("bulletins");
    private readonly IMongoCollection<BsonDocument> articles = database.GetCollection<BsonDocument>("articles");

    public Task<IReadOnlyDictionary<PipelineStatus, long>> BulletinsByStatusAsync(CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyDictionary<PipelineStatus, long>>("bulletins count by status", async () =>
        {
            var stored = await raw.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
            var parsed = await GroupAsync(bulletins, [], "$status", cancellationToken).ConfigureAwait(false);
            return StatusCounts.OfBulletins(stored, parsed);
        });

    public Task<IReadOnlyDictionary<PipelineStatus, long>> ArticlesByStatusAsync(CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyDictionary<PipelineStatus, long>>("articles count by status", async () =>
            StatusCounts.FromWireNames(await GroupAsync(articles, [], "$status", cancellationToken).ConfigureAwait(false)));

    public Task<IReadOnlyDictionary<string, long>> PublishedByProvinceAsync(CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyDictionary<string, long>>("articles count by province", async () =>
        {
            var published = new BsonDocument("$match", new BsonDocument("status", ContractMapping.NameOf(PipelineStatus.Published)));
            var province = new BsonDocument("$substrCP", new BsonArray { new BsonDocument("$ifNull", new BsonArray { "$" + ArticleFilter.RegionCode, "00" }), 0, 2 });
            var groups = await GroupAsync(articles, [published], province, cancellationToken).ConfigureAwait(false);
            return groups.GroupBy(g => g.Key is { Length: 2 } code ? code : "00").ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        });

    public Task<IReadOnlyList<DateTimeOffset>> ReceivedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyList<DateTimeOffset>>("raw_bulletins find received since", async () =>
        {
            var found = await raw.Find(new BsonDocument(ContractMapping.ReceivedAtUtcField, new BsonDocument("$gte", new BsonDateTime(from.UtcDateTime))))
                .Project(new BsonDocument { ["_id"] = 0, [ContractMapping.ReceivedAtUtcField] = 1 })
                .Sort(new BsonDocument(ContractMapping.ReceivedAtUtcField, 1))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return found.Select(d => new DateTimeOffset(d[ContractMapping.ReceivedAtUtcField].ToUniversalTime(), TimeSpan.Zero)).ToList();
        });

    private static async Task<List<(string? Key, long Count)>> GroupAsync(IMongoCollection<BsonDocument> collection, BsonDocument[] before, BsonValue key, CancellationToken ct)
    {
        var group = new BsonDocument("$group", new BsonDocument { ["_id"] = key, ["n"] = new BsonDocument("$sum", 1) });
        var results = await collection.Aggregate<BsonDocument>(before.Append(group).ToArray(), cancellationToken: ct).ToListAsync(ct).ConfigureAwait(false);
        return results.Select(r => (r["_id"].IsString ? r["_id"].AsString : null, r["n"].ToInt64())).ToList();
    }
}
