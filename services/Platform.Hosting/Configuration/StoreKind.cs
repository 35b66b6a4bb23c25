namespace Platform.Hosting.Configuration;

/// <summary>Which adapter of the store port holds the documents.</summary>
public enum StoreKind
{
    /// <summary>One SQLite file; embedded default, shared by processes on one machine.</summary>
    Sqlite,
    /// <summary>MongoDB through the official C driver; production.</summary>
    MongoDb,
}
