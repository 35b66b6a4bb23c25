namespace Platform.Fetch.Feeds;

/// <summary><c>GET /v1/feeds</c>: the state of every pulled feed in this process.</summary>
/// <param name="Feeds">One entry per configured feed, in configuration order.</param>
public sealed record FeedList(IReadOnlyList<FeedStatus> Feeds);
