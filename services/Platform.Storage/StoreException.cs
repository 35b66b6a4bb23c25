namespace Platform.Storage;

/// <summary>The store refused an operation for a reason other than availability (invalid document, bad URI…).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
