namespace Platform.Fetch.Feeds;

/// <summary>One RSS item or Atom entry: the document it links to, its stable key (guid/id, else the link) and its date.</summary>
public sealed record SyndicationItem(Uri Link, string Key, DateTimeOffset? PublishedAt);
