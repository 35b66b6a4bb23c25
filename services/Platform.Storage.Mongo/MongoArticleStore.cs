using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Documents;

namespace Platform.Storage.Mongo;

internal sealed class MongoArticleStore(VersionedCollection articles) : IArticleStore
{
    /// <summary>Derived field: the four fingerprint bands, each tagged with its position (position × 65536 + band).</summary>
    public const string FingerprintBandsField = "_fingerprintBands";

    private MongoCollection Collection => articles.Collection;

    public Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Collection.FindByIdAsync(id, StoredDocument.Read<Article>, cancellationToken);

    public Task<WriteResult> UpsertAsync(Article article, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = StoredDocument.From(article, Collection.Name, article.Id);
        if (FingerprintBands.TryParse(article.Enrichment?.Fingerprint, out var fingerprint))
        {
            document[FingerprintBandsField] = TaggedBands(fingerprint);
        }
        return articles.UpsertAsync(article.Id, document, expectedVersion, cancellationToken);
    }

    public async Task<Page<Article>> QueryAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, 500);
        // One more than asked tells whether another page exists without a count.
        var items = await Collection.FindAsync(
            ArticleFilter.Build(query), MongoCollection.Ascending("_id"), limit + 1, StoredDocument.Read<Article>, cancellationToken)
            .ConfigureAwait(false);
        var hasMore = items.Count > limit;
        if (hasMore)
        {
            items.RemoveAt(items.Count - 1);
        }
        return new Page<Article>(items, hasMore ? items[^1].Id : null);
    }

    public async Task<IReadOnlyList<FingerprintMatch>> FindFingerprintCandidatesAsync(
        ulong fingerprint, string excludeBulletinId, int limit, CancellationToken cancellationToken = default)
    {
        var filter = new JsonObject
        {
            [FingerprintBandsField] = new JsonObject { ["$in"] = TaggedBands(fingerprint) },
            ["bulletinId"] = new JsonObject { ["$ne"] = excludeBulletinId },
        };
        var matches = await Collection.FindAsync(
            filter, MongoCollection.Ascending("_id"), Math.Max(limit, 1), ReadMatch, cancellationToken,
            projection: new JsonObject { ["enrichment.fingerprint"] = 1 }).ConfigureAwait(false);
        return matches.OfType<FingerprintMatch>().ToList();
    }

    private static FingerprintMatch? ReadMatch(JsonElement document) =>
        document.TryGetProperty("enrichment", out var enrichment)
        && enrichment.TryGetProperty("fingerprint", out var hex)
        && FingerprintBands.TryParse(hex.GetString(), out var fingerprint)
            ? new FingerprintMatch(document.GetProperty("_id").GetString()!, fingerprint)
            : null;

    private static JsonArray TaggedBands(ulong fingerprint)
    {
        var bands = FingerprintBands.Of(fingerprint);
        var tagged = new JsonArray();
        for (var position = 0; position < bands.Length; position++)
        {
            tagged.Add(position * 65536 + bands[position]);
        }
        return tagged;
    }
}
