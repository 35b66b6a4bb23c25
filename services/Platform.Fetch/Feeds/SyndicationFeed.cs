namespace Platform.Fetch.Feeds;

/// <summary>A parsed feed: "rss" or "atom", its items with links, and the items left out (no usable link) with why.</summary>
public sealed record SyndicationFeed(string Format, IReadOnlyList<SyndicationItem> Items, IReadOnlyList<string> Skipped);
