using Platform.Storage.Mongo.Mapping;

namespace Platform.Storage.Mongo;

/// <summary>
/// The indexes behind every query shape of the store, by collection; the names are those the store has
/// always created, so start-up finds them in place. Article indexes end in _id so a filtered query can also
/// walk the id order its cursor pagination needs.
/// </summary>
internal static class StoreIndexes
{
    public static readonly IReadOnlyDictionary<string, CreateIndexModel<BsonDocument>[]> ByCollection = new Dictionary<string, CreateIndexModel<BsonDocument>[]>
    {
        ["raw_bulletins"] =
        [
            Index("sha256_unique", ["sha256"], unique: true),
            Index("announced_receivedAt", ["announced", ContractMapping.ReceivedAtUtcField, "_id"]),
            Index("receivedAt", [ContractMapping.ReceivedAtUtcField, "_id"]),
        ],
        ["bulletins"] = [Index("status_id", ["status", "_id"])],
        ["articles"] =
        [
            Index("region_id", [ArticleFilter.RegionCode, "_id"]),
            Index("topic_id", [ArticleFilter.TopicId, "_id"]),
            Index("date_id", [ArticleFilter.Date, "_id"]),
            Index("bulletin_id", ["bulletinId", "_id"]),
            Index("kind_id", ["kind", "_id"]),
            Index("status_id", ["status", "_id"]),
            Index("fingerprint_bands", [ContractMapping.FingerprintBandsField]),
        ],
        ["events"] =
        [
            Index("sequence_unique", ["sequence"], unique: true),
            Index("dedupKey_unique", [MongoEventStore.DedupKeyField], unique: true),
            Index("undispatched", ["dispatched", "sequence"]),
        ],
        ["sources"] = [Index("keyHash", ["keyHash"])],
        ["webhook_deliveries"] = [Index("subscription_at", ["subscriptionId", ContractMapping.AtUtcField, "_id"])],
        ["failures"] = [Index("subject_at", ["subjectId", ContractMapping.AtUtcField, "_id"])],
    };

    private static CreateIndexModel<BsonDocument> Index(string name, string[] fields, bool unique = false)
    {
        var keys = new BsonDocument();
        foreach (var field in fields)
        {
            keys[field] = 1;
        }
        return new CreateIndexModel<BsonDocument>(keys, new CreateIndexOptions { Name = name, Unique = unique ? true : null });
    }
}
