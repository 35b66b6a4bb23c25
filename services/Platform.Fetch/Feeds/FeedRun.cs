using Platform.Contracts;
using Platform.Fetch.Configuration;

namespace Platform.Fetch.Feeds;

/// <summary>
/// The in-memory state of one feed in this process: schedule, validators for conditional GET, counters and the
/// item keys already fetched. It owns its transitions and its lock; the poller only reports what happened. Kept per
/// process on purpose: after a restart items are fetched again and content deduplication (SHA-256 of the text)
/// answers "duplicate", so nothing is lost and nothing is processed twice.
/// </summary>
public sealed class FeedRun
{
    /// <summary>Item keys remembered per feed; the oldest are forgotten first (a refetch is harmless, see above).</summary>
    public const int SeenCapacity = 10_000;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _seenOrder = new();
    private string? _format;
    private DateTimeOffset? _lastRunAt;
    private DateTimeOffset? _lastSuccessAt;
    private DateTimeOffset? _lastErrorAt;
    private string? _lastError;
    private DateTimeOffset? _nextRunAt;
    private int _consecutiveFailures;
    private long _polls;
    private long _notModified;
    private long _accepted;
    private long _duplicate;
    private long _refused;
    private string? _etag;
    private string? _lastModified;

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

    /// <summary>When the next poll is due; null before the first.</summary>
    public DateTimeOffset? NextRunAt
    {
        get { lock (_gate) return _nextRunAt; }
    }

    /// <summary>The validators to send with the next conditional GET.</summary>
    public (string? ETag, string? LastModified) Validators
    {
        get { lock (_gate) return (_etag, _lastModified); }
    }

    /// <summary>A poll succeeded: failures reset, the next run one interval away.</summary>
    public void RecordSuccess(DateTimeOffset started, DateTimeOffset now)
    {
        lock (_gate)
        {
            _polls++;
            _lastRunAt = started;
            _consecutiveFailures = 0;
            _lastSuccessAt = now;
            _nextRunAt = now + Options.Interval;
        }
    }

    /// <summary>A poll failed: counted, kept for GET /v1/feeds, the next run after <paramref name="backoff"/> (given the new failure count); returns that count.</summary>
    public int RecordFailure(string error, DateTimeOffset started, DateTimeOffset now, Func<int, TimeSpan> backoff)
    {
        ArgumentNullException.ThrowIfNull(backoff);
        lock (_gate)
        {
            _polls++;
            _lastRunAt = started;
            _consecutiveFailures++;
            _lastError = error;
            _lastErrorAt = now;
            _nextRunAt = now + backoff(_consecutiveFailures);
            return _consecutiveFailures;
        }
    }

    /// <summary>The server answered 304.</summary>
    public void RecordNotModified()
    {
        lock (_gate) _notModified++;
    }

    /// <summary>What the URL served last: "rss", "atom" or "document".</summary>
    public void RecordFormat(string format)
    {
        lock (_gate) _format = format;
    }

    /// <summary>Validators are kept only once every new item was fetched, so a failed item is not hidden behind a 304.</summary>
    public void RecordValidators(string? etag, string? lastModified)
    {
        lock (_gate) (_etag, _lastModified) = (etag, lastModified);
    }

    /// <summary>What intake did with one fetched document.</summary>
    public void RecordIngest(IngestStatus status)
    {
        lock (_gate)
        {
            switch (status)
            {
                case IngestStatus.Accepted: _accepted++; break;
                case IngestStatus.Duplicate: _duplicate++; break;
                default: _refused++; break;
            }
        }
    }

    public bool HasSeen(string key)
    {
        lock (_gate) return _seen.Contains(key);
    }

    public void MarkSeen(string key)
    {
        lock (_gate)
        {
            if (!_seen.Add(key)) return;
            _seenOrder.Enqueue(key);
            if (_seenOrder.Count > SeenCapacity) _seen.Remove(_seenOrder.Dequeue());
        }
    }

    public FeedStatus Snapshot()
    {
        lock (_gate)
        {
            var state = _polls == 0 ? "pending" : _consecutiveFailures > 0 ? "failing" : "ok";
            // User info and secret query parameters in a URL are credentials: never shown.
            return new FeedStatus(Id, WireNames.Of(Options.Kind), UrlRedaction.Of(Url), SourceId, Options.Interval.TotalSeconds, state, _format,
                _lastRunAt, _lastSuccessAt, _lastErrorAt, _lastError, _nextRunAt, _consecutiveFailures, _polls, _notModified, _seen.Count,
                _accepted, _duplicate, _refused, _etag, _lastModified);
        }
    }
}
