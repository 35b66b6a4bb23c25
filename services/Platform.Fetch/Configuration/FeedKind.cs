namespace Platform.Fetch.Configuration;

/// <summary>What a pulled feed URL serves.</summary>
public enum FeedKind
{
    /// <summary>Decided per response: an RSS or Atom document is read as a feed, anything else as one bulletin.</summary>
    Auto,
    /// <summary>A single bulletin document (text or HTML).</summary>
    Document,
    /// <summary>An RSS 2.0 feed whose items link to documents (an Atom document at the URL is read as Atom).</summary>
    Rss,
    /// <summary>An Atom feed whose entries link to documents (an RSS document at the URL is read as RSS).</summary>
    Atom,
}
