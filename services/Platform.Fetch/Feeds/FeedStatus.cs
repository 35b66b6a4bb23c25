namespace Platform.Fetch.Feeds;

/// <summary>
/// What <c>GET /v1/feeds</c> shows of one feed: configuration, schedule, last outcome and counters since start.
/// State is "pending" (not polled yet), "ok" or "failing"; Format is "rss", "atom" or "document" as last served;
/// ItemsSeen counts distinct items (guid/id, else link) fetched since start.
/// </summary>
public sealed record FeedStatus(
    string Id, string Kind, string Url, string SourceId, double IntervalSeconds, string State, string? Format,
    DateTimeOffset? LastRunAt, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastErrorAt, string? LastError, DateTimeOffset? NextRunAt,
    int ConsecutiveFailures, long Polls, long NotModified, int ItemsSeen, long DocumentsAccepted, long DocumentsDuplicate, long DocumentsRefused,
    string? ETag, string? LastModified);
