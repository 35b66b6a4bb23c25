namespace Platform.Storage;

/// <summary>Outcome of an optimistic-concurrency write.</summary>
/// <param name="Succeeded">False when the stored version was not the expected one.</param>
/// <param name="Version">The version now stored (the new one on success, the current one on conflict; 0 when absent).</param>
public sealed record WriteResult(bool Succeeded, long Version);
