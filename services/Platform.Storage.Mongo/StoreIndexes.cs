namespace Platform.Storage.Mongo;

/// <summary>
/// The indexes behind every query shape of the store. Article indexes end in _id so a filtered query
/// can also walk the id order its cursor pagination needs.
/// </summary>
internal static class StoreIndexes
{
    public static readonly IndexDefinition[] RawBulletins =
    [
        new("sha256_unique", ["sha256"], Unique: true),
        new("announced_receivedAt", ["announced", MongoRawBulletinStore.ReceivedAtUtcField, "_id"]),
        new("receivedAt", [MongoRawBulletinStore.ReceivedAtUtcField, "_id"]),
    ];

    public static readonly IndexDefinition[] Bulletins = [];

    public static readonly IndexDefinition[] Articles =
    [
        new("region_id", [ArticleFilter.RegionCode, "_id"]),
        new("topic_id", [ArticleFilter.TopicId, "_id"]),
        new("date_id", [ArticleFilter.Date, "_id"]),
        new("bulletin_id", ["bulletinId", "_id"]),
        new("kind_id", ["kind", "_id"]),
        new("status_id", ["status", "_id"]),
        new("fingerprint_bands", [MongoArticleStore.FingerprintBandsField]),
    ];

    public static readonly IndexDefinition[] Events =
    [
        new("sequence_unique", ["sequence"], Unique: true),
        new("dedupKey_unique", ["dedupKey"], Unique: true),
        new("undispatched", ["dispatched", "sequence"]),
    ];

    public static readonly IndexDefinition[] Sources = [new("keyHash", ["keyHash"])];

    public static readonly IndexDefinition[] Subscriptions = [];

    public static readonly IndexDefinition[] WebhookDeliveries =
        [new("subscription_at", ["subscriptionId", MongoSubscriptionStore.AtUtcField, "_id"])];

    public static readonly IndexDefinition[] Failures = [new("subject_at", ["subjectId", MongoFailureStore.AtUtcField, "_id"])];
}
