namespace Platform.Fetch;

/// <summary>A body arriving at fetch from any path (HTTP push, drop folder, CLI ingest, pulled feed); <c>FileName</c> helps tell its format.</summary>
public sealed record IngestRequest(ReadOnlyMemory<byte> Body, string? ContentType, string SourceId, string? SourceUrl = null, DateTimeOffset? PublishedAt = null,
    string? FileName = null);
