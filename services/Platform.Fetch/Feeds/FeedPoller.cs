using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Platform.Fetch.Network;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Fetch.Feeds;

/// <summary>
/// Polls every configured feed (<c>Platform:Fetch:Feeds</c>) on its own interval and ingests what it finds through
/// <see cref="BulletinIntake"/>, the path pushes take. Conditional GET keeps unchanged feeds cheap (304); a failing
/// feed backs off exponentially with jitter. A feed's validators are stored only once every new item was fetched,
/// so an item whose document failed is tried again on the next poll instead of hiding behind a 304.
/// </summary>
public sealed partial class FeedPoller(BulletinIntake intake, IDocumentStore store, StoreReadiness readiness, IOptions<FetchOptions> options,
    GuardedHttpClient http, TimeProvider time, ILogger<FeedPoller> logger) : BackgroundService
{
    private readonly FeedRun[] _feeds = [.. options.Value.Feeds.Select(f => new FeedRun(f))];

    /// <summary>The state of every feed, as <c>GET /v1/feeds</c> shows it.</summary>
    public IReadOnlyList<FeedStatus> Snapshot() => [.. _feeds.Select(f => f.Snapshot())];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_feeds.Length == 0) return;
        await readiness.WhenInitialized.WaitAsync(stoppingToken).ConfigureAwait(false);
        await Task.WhenAll(_feeds.Select(f => RunAsync(f, stoppingToken))).ConfigureAwait(false);
    }

    private async Task RunAsync(FeedRun feed, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await PollAsync(feed, ct).ConfigureAwait(false);
                var wait = (feed.NextRunAt ?? time.GetUtcNow()) - time.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One poll of <paramref name="feed"/>: fetch, ingest what is new, record the outcome and the next run.</summary>
    public async Task PollAsync(FeedRun feed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var started = time.GetUtcNow();
        string? error;
        try
        {
            error = await PollOnceAsync(feed, ct).ConfigureAwait(false);
        }
        catch (PullFailedException ex)
        {
            error = ex.Message;
        }
        catch (StoreUnavailableException ex)
        {
            error = "store unavailable: " + ex.Message;
        }
        catch (Exception ex) when (PassFailure.IsOutlived(ex, ct.IsCancellationRequested))
        {
            // Any other failure (bus, decoder bug) is this poll's failure, not the end of the poller and its host.
            error = $"{ex.GetType().Name}: {ex.Message}";
        }
        var now = time.GetUtcNow();
        if (error is null)
        {
            feed.RecordSuccess(started, now);
            return;
        }
        // Error texts quote the URLs they failed on: shown by GET /v1/feeds and logged, so without their credentials.
        error = UrlRedaction.InText(error);
        var failures = feed.RecordFailure(error, started, now, n => Backoff.Delay(n, options.Value.FeedBackoffBase, options.Value.FeedBackoffMax));
        LogPollFailed(logger, feed.Id, failures, error);
    }

    /// <summary>Null when the poll succeeded, else why it did not (item failures included).</summary>
    private async Task<string?> PollOnceAsync(FeedRun feed, CancellationToken ct)
    {
        var (etag, lastModified) = feed.Validators;
        var response = await http.GetAsync(feed.Url, etag, lastModified, ct).ConfigureAwait(false);
        if (response.NotModified)
        {
            feed.RecordNotModified();
            return null;
        }
        var kind = feed.Options.Kind;
        var isFeed = kind is FeedKind.Rss or FeedKind.Atom || (kind == FeedKind.Auto && SyndicationParser.LooksLikeFeed(response.Body));
        string? error;
        if (isFeed)
        {
            var parsed = SyndicationParser.Parse(response.Body, response.FinalUrl, options.Value.MaxBodyBytes);
            feed.RecordFormat(parsed.Format);
            foreach (var reason in parsed.Skipped) LogItemSkipped(logger, feed.Id, UrlRedaction.InText(reason));
            error = await IngestItemsAsync(feed, parsed, ct).ConfigureAwait(false);
        }
        else
        {
            feed.RecordFormat("document");
            var outcome = await IngestAsync(feed, response, feed.Url, null, ct).ConfigureAwait(false);
            error = outcome.Status == IngestStatus.Rejected ? $"document refused: {outcome.Failure!.Title}: {outcome.Failure.Detail}" : null;
        }
        if (error is null)
        {
            feed.RecordValidators(response.ETag, response.LastModified);
        }
        return error;
    }

    private async Task<string?> IngestItemsAsync(FeedRun feed, SyndicationFeed parsed, CancellationToken ct)
    {
        string? firstError = null;
        var failed = 0;
        foreach (var item in parsed.Items)
        {
            if (feed.HasSeen(item.Key)) continue;
            try
            {
                var document = await http.GetAsync(item.Link, null, null, ct).ConfigureAwait(false);
                var outcome = await IngestAsync(feed, document, item.Link, item.PublishedAt, ct).ConfigureAwait(false);
                if (outcome.Status == IngestStatus.Rejected)
                {
                    // Refused content will not change by asking again: remember the item, record why for an operator.
                    await RecordFailureAsync(item.Link, $"{outcome.Failure!.Title}: {outcome.Failure.Detail}", ct).ConfigureAwait(false);
                }
                feed.MarkSeen(item.Key);
            }
            catch (PullFailedException ex)
            {
                // Not remembered: fetched again on the next poll (which the feed's failure state brings forward).
                failed++;
                firstError ??= $"item {item.Link}: {ex.Message}";
                LogItemFailed(logger, feed.Id, UrlRedaction.Of(item.Link), UrlRedaction.InText(ex.Message));
            }
        }
        return firstError is null ? null : failed == 1 ? firstError : $"{failed} items failed; first: {firstError}";
    }

    private async Task<IngestOutcome> IngestAsync(FeedRun feed, PulledResponse response, Uri sourceUrl, DateTimeOffset? publishedAt, CancellationToken ct)
    {
        var outcome = await intake.IngestAsync(new IngestRequest(response.Body, response.ContentType, feed.SourceId, UrlRedaction.Of(sourceUrl), publishedAt), ct)
            .ConfigureAwait(false);
        feed.RecordIngest(outcome.Status);
        return outcome;
    }

    private async Task RecordFailureAsync(Uri link, string reason, CancellationToken ct)
    {
        var shown = UrlRedaction.Of(link);
        LogRefused(logger, shown, reason);
        await store.Failures.RecordAsync(new Failure("fetch", shown, reason, time.GetUtcNow()), ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId} poll failed ({Failures} in a row): {Reason}")]
    private static partial void LogPollFailed(ILogger logger, string feedId, int failures, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedId}: item {Link} not fetched: {Reason}")]
    private static partial void LogItemFailed(ILogger logger, string feedId, string link, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId}: {Reason}")]
    private static partial void LogItemSkipped(ILogger logger, string feedId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pulled document {Link} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string link, string reason);
}
