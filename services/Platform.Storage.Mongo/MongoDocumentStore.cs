using System.Text.Json.Nodes;
using Platform.Storage.Mongo.Driver;

namespace Platform.Storage.Mongo;

/// <summary>
/// The store port on MongoDB, through MongoDB's C driver (libmongoc/libbson). Writes use write concern
/// majority with retryable writes, queries read concern majority; the pool size and the server
/// selection timeout come from <see cref="MongoStoreOptions"/>.
/// </summary>
public sealed class MongoDocumentStore : IDocumentStore
{
    private readonly MongoConnection connection;
    private readonly Dictionary<string, (MongoCollection Collection, IndexDefinition[] Indexes)> collections;

    private MongoDocumentStore(MongoConnection connection, TimeProvider time)
    {
        this.connection = connection;
        var raw = new MongoCollection(connection, "raw_bulletins");
        var bulletins = new MongoCollection(connection, "bulletins");
        var articles = new MongoCollection(connection, "articles");
        var events = new MongoCollection(connection, "events");
        var counters = new MongoCollection(connection, "counters");
        var sources = new MongoCollection(connection, "sources");
        var failures = new MongoCollection(connection, "failures");
        var subscriptions = new MongoCollection(connection, "subscriptions");
        var deliveries = new MongoCollection(connection, "webhook_deliveries");
        collections = new Dictionary<string, (MongoCollection, IndexDefinition[])>
        {
            [raw.Name] = (raw, StoreIndexes.RawBulletins),
            [bulletins.Name] = (bulletins, StoreIndexes.Bulletins),
            [articles.Name] = (articles, StoreIndexes.Articles),
            [events.Name] = (events, StoreIndexes.Events),
            [sources.Name] = (sources, StoreIndexes.Sources),
            [failures.Name] = (failures, StoreIndexes.Failures),
            [subscriptions.Name] = (subscriptions, StoreIndexes.Subscriptions),
            [deliveries.Name] = (deliveries, StoreIndexes.WebhookDeliveries),
        };
        RawBulletins = new MongoRawBulletinStore(raw);
        Bulletins = new MongoBulletinStore(new VersionedCollection(bulletins));
        Articles = new MongoArticleStore(new VersionedCollection(articles));
        Events = new MongoEventStore(events, counters, time);
        Sources = new MongoSourceStore(sources);
        Failures = new MongoFailureStore(failures);
        Subscriptions = new MongoSubscriptionStore(subscriptions, deliveries);
    }

    /// <summary>
    /// Opens the client pool. Nothing is sent until the first operation, so an unreachable server
    /// shows in <see cref="PingAsync"/> (or any operation) within the server selection timeout.
    /// </summary>
    /// <exception cref="StoreException">Invalid URI or database name, or the C driver is not installed.</exception>
    public static MongoDocumentStore Create(MongoStoreOptions options, TimeProvider? time = null) =>
        new(MongoConnection.Open(options), time ?? TimeProvider.System);

    public IRawBulletinStore RawBulletins { get; }
    public IBulletinStore Bulletins { get; }
    public IArticleStore Articles { get; }
    public IEventStore Events { get; }
    public ISourceStore Sources { get; }
    public IFailureStore Failures { get; }
    public ISubscriptionStore Subscriptions { get; }

    /// <summary>Creates the indexes of every collection (creating the collections too); idempotent.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var (collection, indexes) in collections.Values)
        {
            if (indexes.Length > 0)
            {
                await collection.CreateIndexesAsync(indexes, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        using var reply = await connection.RunCommandAsync(new JsonObject { ["ping"] = 1 }, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
