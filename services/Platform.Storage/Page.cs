namespace Platform.Storage;

/// <summary>One page of a cursor-paginated query.</summary>
/// <param name="Items">The items of this page.</param>
/// <param name="NextCursor">Pass as the next query's cursor; null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
