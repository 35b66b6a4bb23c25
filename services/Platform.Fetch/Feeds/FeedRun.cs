using Platform.Contracts;
using Platform.Fetch.Configuration;

namespace Platform.Fetch.Feeds;

/// <summary>
/// The in-memory state of one feed in this process: schedule, validators for conditional GET, counters and the
/// item keys already fetched. Kept per process on purpose: after a restart items are fetched again and content
/// deduplication (SHA-256 of the text) answers "duplicate", so nothing is lost and nothing is processed twice.
/// </summary>
public sealed class FeedRun
{
    /// <summary>Item keys remembered per feed; the oldest are forgotten first (a refetch is harmless, see above).</summary>
    public const int SeenCapacity = 10_000;

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _seenOrder = new();

    public FeedRun(FeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Id = options.Id!;
        Url = new Uri(options.Url!);
        SourceId = string.IsNullOrWhiteSpace(options.SourceId) ? "feed:" + Id : options.SourceId;
    }

    public FeedOptions Options { get; }
    public string Id { get; }
    public Uri Url { get; }
    public string SourceId { get; }
    public object Gate { get; } = new();

    public string? Format { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    public DateTimeOffset? LastErrorAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? NextRunAt { get; set; }
    public int ConsecutiveFailures { get; set; }
    public long Polls { get; set; }
    public long NotModified { get; set; }
    public long DocumentsAccepted { get; set; }
    public long DocumentsDuplicate { get; set; }
    public long DocumentsRefused { get; set; }
    public string? ETag { get; set; }
    public string? LastModified { get; set; }

    public bool HasSeen(string key)
    {
        lock (Gate) return _seen.Contains(key);
    }

    public void MarkSeen(string key)
    {
        lock (Gate)
        {
            if (!_seen.Add(key)) return;
            _seenOrder.Enqueue(key);
            if (_seenOrder.Count > SeenCapacity) _seen.Remove(_seenOrder.Dequeue());
        }
    }

    public FeedStatus Snapshot()
    {
        lock (Gate)
        {
            var state = Polls == 0 ? "pending" : ConsecutiveFailures > 0 ? "failing" : "ok";
            // User info in a URL is a credential: never shown.
            var url = string.IsNullOrEmpty(Url.UserInfo) ? Url.AbsoluteUri : new UriBuilder(Url) { UserName = "", Password = "" }.Uri.AbsoluteUri;
            return new FeedStatus(Id, WireNames.Of(Options.Kind), url, SourceId, Options.Interval.TotalSeconds, state, Format,
                LastRunAt, LastSuccessAt, LastErrorAt, LastError, NextRunAt, ConsecutiveFailures, Polls, NotModified, _seen.Count,
                DocumentsAccepted, DocumentsDuplicate, DocumentsRefused, ETag, LastModified);
        }
    }
}
