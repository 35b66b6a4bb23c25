namespace Platform.Storage.Mongo.Driver;

/// <summary>The server refused a write with E11000; the stores turn this into their conflict results, never into an error.</summary>
internal sealed class DuplicateKeyException(string message) : Exception(message);
