namespace Platform.Hosting.Configuration;

/// <summary>Which adapter of the store port holds the documents.</summary>
public enum StoreKind
{
    /// <summary>One SQLite file; embedded default, shared by processes on one machine.</summary>
    Sqlite,
    /// <summary>MongoDB (a replica set) through the official .NET driver; production.</summary>
    MongoDb,
}
