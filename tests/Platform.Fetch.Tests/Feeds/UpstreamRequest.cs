namespace Platform.Fetch.Tests.Feeds;

/// <summary>A request the upstream test server received, with the conditional headers it carried.</summary>
public sealed record UpstreamRequest(string Path, string? IfNoneMatch, string? IfModifiedSince);
