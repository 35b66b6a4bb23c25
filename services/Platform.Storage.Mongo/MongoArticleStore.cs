using Platform.Contracts.Documents;
using Platform.Storage.Mongo.Mapping;

namespace Platform.Storage.Mongo;

internal sealed class MongoArticleStore(VersionedCollection<Article> articles, StoreCalls calls) : IArticleStore
{
    private IMongoCollection<Article> Collection => articles.Collection;

    public Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default) => articles.GetAsync(id, cancellationToken);

    public Task<WriteResult> UpsertAsync(Article article, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return articles.UpsertAsync(article, expectedVersion, cancellationToken);
    }

    public Task<Page<Article>> QueryAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, 500);
        return calls.RunAsync("articles query", async () =>
        {
            // One more than asked tells whether another page exists without a count.
            var items = await Collection.Find(ArticleFilter.Build(query)).Sort(new BsonDocument("_id", 1)).Limit(limit + 1)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var hasMore = items.Count > limit;
            if (hasMore)
            {
                items.RemoveAt(items.Count - 1);
            }
            return new Page<Article>(items, hasMore ? items[^1].Id : null);
        });
    }

    public Task<IReadOnlySet<string>> ListIdsAsync(string bulletinId, PipelineStatus status, CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlySet<string>>("articles ids of bulletin", async () =>
        {
            var filter = new BsonDocument { ["bulletinId"] = bulletinId, ["status"] = ContractMapping.NameOf(status) };
            var found = await Collection.Find(filter).Project(new BsonDocument("_id", 1)).ToListAsync(cancellationToken).ConfigureAwait(false);
            return found.Select(d => d["_id"].AsString).ToHashSet(StringComparer.Ordinal);
        });

    public Task<IReadOnlyList<FingerprintMatch>> FindFingerprintCandidatesAsync(
        ulong fingerprint, string excludeBulletinId, int limit, CancellationToken cancellationToken = default) =>
        calls.RunAsync<IReadOnlyList<FingerprintMatch>>("articles fingerprint candidates", async () =>
        {
            var filter = new BsonDocument
            {
                [ContractMapping.FingerprintBandsField] = new BsonDocument("$in", ContractMapping.TaggedBands(fingerprint)),
                ["bulletinId"] = new BsonDocument("$ne", excludeBulletinId),
            };
            var found = await Collection.Find(filter).Sort(new BsonDocument("_id", 1)).Limit(Math.Max(limit, 1))
                .Project(new BsonDocument("enrichment.fingerprint", 1)).ToListAsync(cancellationToken).ConfigureAwait(false);
            return found.Select(ReadMatch).OfType<FingerprintMatch>().ToList();
        });

    private static FingerprintMatch? ReadMatch(BsonDocument document) =>
        document.GetValue("enrichment", BsonNull.Value) is BsonDocument enrichment
        && enrichment.GetValue("fingerprint", BsonNull.Value) is BsonString hex
        && FingerprintBands.TryParse(hex.Value, out var fingerprint)
            ? new FingerprintMatch(document["_id"].AsString, fingerprint)
            : null;
}
