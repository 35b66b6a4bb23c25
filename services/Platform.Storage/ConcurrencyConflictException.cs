namespace Platform.Storage;

/// <summary>Another writer changed the document first; the message that caused the write is retried with fresh state.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
