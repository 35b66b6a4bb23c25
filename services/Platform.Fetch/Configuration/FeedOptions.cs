namespace Platform.Fetch.Configuration;

/// <summary>One pulled feed: an element of <c>Platform:Fetch:Feeds</c> (env <c>Platform__Fetch__Feeds__0__Url</c>, …).</summary>
public sealed class FeedOptions
{
    /// <summary>Name of the feed in <c>GET /v1/feeds</c> and logs; unique among the feeds.</summary>
    public string? Id { get; set; }
    /// <summary>document, rss, atom, or auto (decide from the response).</summary>
    public FeedKind Kind { get; set; } = FeedKind.Auto;
    /// <summary>Absolute http(s) URL polled on every run.</summary>
    public string? Url { get; set; }
    /// <summary>Time between successful polls.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>Source recorded on ingested bulletins; "feed:" + Id when not set.</summary>
    public string? SourceId { get; set; }
}
