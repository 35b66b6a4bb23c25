namespace Platform.Storage.Mongo;

/// <summary>Settings of the MongoDB store.</summary>
/// <param name="Uri">Connection string (<c>mongodb://host:27017/?replicaSet=rs0</c>). Write concern majority, retryable
/// writes, read concern majority, the pool size and the server selection timeout below are added to it.</param>
/// <param name="Database">Database holding the collections.</param>
public sealed record MongoStoreOptions(string Uri, string Database)
{
    /// <summary>Most connections (pooled clients) open at once; also caps concurrent operations.</summary>
    public int MaxPoolSize { get; init; } = 100;

    /// <summary>How long an operation waits for a usable server before the store reports itself unavailable.</summary>
    public TimeSpan ServerSelectionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Receives libmongoc's log lines (level, domain, message), on driver threads too. The hosting layer
    /// adapts it to ILogger; it must be cheap, and anything it throws is dropped.
    /// </summary>
    public Action<MongoLogLevel, string, string>? Log { get; init; }
}
