using MongoDB.Driver.Core.Servers;
using Platform.Contracts.Documents;
using Platform.Contracts.Events;
using Platform.Storage.Mongo.Mapping;

namespace Platform.Storage.Mongo;

/// <summary>
/// The store port on MongoDB through the official driver. Writes use write concern majority and are retried
/// once by the driver on a failover or dropped connection; reads use read concern majority. The server must be
/// a replica set (or sharded cluster): event appends are transactions.
/// </summary>
public sealed class MongoDocumentStore : DocumentStore
{
    private readonly MongoClient client;
    private readonly IMongoDatabase database;
    private readonly IMongoCollection<BsonDocument> counters;
    private readonly StoreCalls calls;

    private MongoDocumentStore(MongoClient client, IMongoDatabase database, IMongoCollection<BsonDocument> counters, StoreCalls calls, TimeProvider time)
        : base(
            new MongoRawBulletinStore(database.GetCollection<RawBulletin>("raw_bulletins"), new RawContentBucket(database), calls),
            new MongoBulletinStore(new VersionedCollection<Bulletin>(
                database.GetCollection<Bulletin>("bulletins"), calls, b => b.Id, (b, version) => b with { Version = version }), calls),
            new MongoArticleStore(
                new VersionedCollection<Article>(database.GetCollection<Article>("articles"), calls, a => a.Id, (a, version) => a with { Version = version }),
                calls),
            new MongoEventStore(client, database.GetCollection<PublicEvent>("events"), counters,
                database.GetCollection<BsonDocument>("event_quarantine"), calls, time),
            new MongoSourceStore(database.GetCollection<Source>("sources"), calls),
            new MongoFailureStore(database.GetCollection<Failure>("failures"), calls),
            new MongoSubscriptionStore(
                database.GetCollection<Subscription>("subscriptions"), database.GetCollection<DeliveryAttempt>("webhook_deliveries"), calls),
            new MongoLeaseStore(database.GetCollection<BsonDocument>("leases"), calls),
            new MongoKeyRingStore(database.GetCollection<BsonDocument>("data_protection_keys"), calls, time),
            new MongoPipelineCounts(database, calls))
    {
        this.client = client;
        this.database = database;
        this.counters = counters;
        this.calls = calls;
    }

    /// <summary>
    /// Creates the client. Nothing is sent until the first operation, so an unreachable server shows in
    /// <see cref="PingAsync"/> (or any operation) within the server selection timeout.
    /// </summary>
    /// <exception cref="StoreException">Invalid URI, database name or limits.</exception>
    public static MongoDocumentStore Create(MongoStoreOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Database) || options.Database.IndexOfAny(['/', '\\', '.', ' ', '"', '$', '\0']) >= 0)
        {
            throw new StoreException($"Invalid MongoDB database name '{options.Database}': it must be non-empty and contain none of / \\ . space \" $.");
        }
        if (options.MaxPoolSize < 1)
        {
            throw new StoreException($"MaxPoolSize must be at least 1 (was {options.MaxPoolSize}).");
        }
        if (options.ServerSelectionTimeout <= TimeSpan.Zero)
        {
            throw new StoreException($"ServerSelectionTimeout must be positive (was {options.ServerSelectionTimeout}).");
        }
        ContractMapping.EnsureRegistered();
        var client = new MongoClient(MongoClientSettingsFactory.Create(options));
        var database = client.GetDatabase(options.Database);
        return new MongoDocumentStore(client, database, database.GetCollection<BsonDocument>("counters"), new StoreCalls(options.ServerSelectionTimeout),
            time ?? TimeProvider.System);
    }

    /// <summary>
    /// Creates the indexes of every collection (creating the collections too) and the event counter, then
    /// refuses a standalone server, whose lack of transactions would break the event sequence. Idempotent.
    /// </summary>
    public override Task InitializeAsync(CancellationToken cancellationToken = default) =>
        calls.RunAsync("initialization", async () =>
        {
            foreach (var (name, indexes) in StoreIndexes.ByCollection)
            {
                await database.GetCollection<BsonDocument>(name).Indexes.CreateManyAsync(indexes, cancellationToken).ConfigureAwait(false);
            }
            // Outside any transaction, so the appends' transactions only ever update it.
            await counters.UpdateOneAsync(
                new BsonDocument("_id", MongoEventStore.CounterId),
                new BsonDocument("$setOnInsert", new BsonDocument("sequence", 0L)),
                new UpdateOptions { IsUpsert = true },
                cancellationToken).ConfigureAwait(false);
            if (client.Cluster.Description.Servers.FirstOrDefault(s => s.Type == ServerType.Standalone) is { } standalone)
            {
                throw new StoreException(
                    $"MongoDB at {standalone.EndPoint} is a standalone server; the store needs a replica set (a single member will do: "
                    + "mongod --replSet rs0, then rs.initiate()) because event appends are transactions.");
            }
        });

    public override Task PingAsync(CancellationToken cancellationToken = default) =>
        calls.RunAsync("ping", () => database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken));

    /// <summary>A ping selects the primary (the default read preference), which every write needs: no primary, no ping.</summary>
    public override Task CheckWritableAsync(CancellationToken cancellationToken = default) => PingAsync(cancellationToken);

    public override ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }
}
