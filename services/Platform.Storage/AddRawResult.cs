namespace Platform.Storage;

/// <summary>Outcome of storing a raw bulletin.</summary>
/// <param name="Inserted">False when a bulletin with the same SHA-256 was already stored.</param>
/// <param name="Id">Id of the stored bulletin (the existing one for a duplicate).</param>
public sealed record AddRawResult(bool Inserted, string Id);
