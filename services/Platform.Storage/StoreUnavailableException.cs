namespace Platform.Storage;

/// <summary>The store cannot be reached (server selection timeout, file locked, disk gone).</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
