using MongoDB.Driver.Core.Configuration;

namespace Platform.Storage.Mongo;

/// <summary>
/// The driver settings of the store: the operator's URI with the store's fixed guarantees and configured
/// limits. Those replace anything the URI says about them, so configuration cannot silently weaken durability.
/// </summary>
internal static class MongoClientSettingsFactory
{
    public const string ApplicationName = "platform";

    /// <exception cref="StoreException">The URI is not a MongoDB connection string.</exception>
    public static MongoClientSettings Create(MongoStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        MongoClientSettings settings;
        try
        {
            settings = MongoClientSettings.FromConnectionString(options.Uri.Trim());
        }
        catch (Exception error) when (error is MongoConfigurationException or ArgumentException or FormatException)
        {
            throw new StoreException($"Invalid MongoDB URI: {error.Message}", error);
        }
        settings.WriteConcern = WriteConcern.WMajority;
        settings.ReadConcern = ReadConcern.Majority;
        settings.ReadPreference = ReadPreference.Primary;
        settings.RetryWrites = true;
        settings.RetryReads = true;
        settings.ServerSelectionTimeout = options.ServerSelectionTimeout;
        settings.MaxConnectionPoolSize = options.MaxPoolSize;
        settings.ApplicationName ??= ApplicationName;
        if (options.LoggerFactory is not null)
        {
            settings.LoggingSettings = new LoggingSettings(options.LoggerFactory);
        }
        return settings;
    }
}
