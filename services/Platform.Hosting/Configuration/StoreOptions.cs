namespace Platform.Hosting.Configuration;

/// <summary>Section <c>Platform:Store</c> (env <c>Platform__Store__*</c>).</summary>
public sealed class StoreOptions : ISettingsSection
{
    public static string Section => "Platform:Store";

    public StoreKind Kind { get; set; } = StoreKind.Sqlite;
    /// <summary>SQLite file; relative paths are relative to the working directory.</summary>
    public string SqlitePath { get; set; } = "data/platform.db";
    /// <summary>MongoDB connection string (secret: set it from the environment).</summary>
    public string? MongoUri { get; set; }
    public string MongoDatabase { get; set; } = "platform";
    public int MongoMaxPoolSize { get; set; } = 50;
    public TimeSpan ServerSelectionTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
