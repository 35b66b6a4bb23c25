using Microsoft.Extensions.Logging;

namespace Platform.Storage.Mongo;

/// <summary>Settings of the MongoDB store.</summary>
/// <param name="Uri">Connection string of a replica set (<c>mongodb://host:27017/?replicaSet=rs0</c>). Write concern
/// majority, retryable writes and reads, read concern majority, the pool size and the server selection timeout
/// below replace whatever the URI says about them.</param>
/// <param name="Database">Database holding the collections.</param>
public sealed record MongoStoreOptions(string Uri, string Database)
{
    /// <summary>Most connections open at once per server.</summary>
    public int MaxPoolSize { get; init; } = 100;

    /// <summary>How long an operation waits for a usable server before the store reports itself unavailable.</summary>
    public TimeSpan ServerSelectionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Receives the driver's structured logs (categories <c>MongoDB.*</c>), or null for none.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
