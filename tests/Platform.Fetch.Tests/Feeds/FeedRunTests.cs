using Platform.Fetch.Configuration;
using Platform.Fetch.Feeds;

namespace Platform.Fetch.Tests.Feeds;

public sealed class FeedRunTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static FeedRun Run() => new(new FeedOptions { Id = "news", Url = "http://user:pw@feeds.example/rss.xml", Interval = TimeSpan.FromMinutes(15) });

    [Fact]
    public void A_new_feed_is_pending_and_credentials_never_show()
    {
        var status = Run().Snapshot();
        Assert.Equal("pending", status.State);
        Assert.Equal("feed:news", status.SourceId);
        Assert.Equal("auto", status.Kind);
        Assert.DoesNotContain("pw", status.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Failures_count_up_and_back_off_then_a_success_resets_them_and_waits_one_interval()
    {
        var run = Run();
        Assert.Equal(1, run.RecordFailure("HTTP 500", T0, T0, n => TimeSpan.FromSeconds(10 * n)));
        Assert.Equal(2, run.RecordFailure("HTTP 502", T0, T0.AddSeconds(10), n => TimeSpan.FromSeconds(10 * n)));
        var failing = run.Snapshot();
        Assert.Equal("failing", failing.State);
        Assert.Equal("HTTP 502", failing.LastError);
        Assert.Equal(T0.AddSeconds(30), run.NextRunAt);

        run.RecordSuccess(T0.AddSeconds(30), T0.AddSeconds(31));
        var ok = run.Snapshot();
        Assert.Equal("ok", ok.State);
        Assert.Equal(0, ok.ConsecutiveFailures);
        Assert.Equal(3, ok.Polls);
        Assert.Equal("HTTP 502", ok.LastError);
        Assert.Equal(T0.AddSeconds(31).AddMinutes(15), run.NextRunAt);
    }

    [Fact]
    public void Counters_validators_and_seen_items_are_kept()
    {
        var run = Run();
        run.RecordIngest(IngestStatus.Accepted);
        run.RecordIngest(IngestStatus.Duplicate);
        run.RecordIngest(IngestStatus.Rejected);
        run.RecordNotModified();
        run.RecordFormat("rss");
        run.RecordValidators("\"v1\"", "Wed, 11 Jun 2025 02:00:00 GMT");
        run.MarkSeen("a");
        run.MarkSeen("a");
        var status = run.Snapshot();
        Assert.Equal((1, 1, 1, 1), (status.DocumentsAccepted, status.DocumentsDuplicate, status.DocumentsRefused, status.NotModified));
        Assert.Equal("rss", status.Format);
        Assert.Equal(("\"v1\"", "Wed, 11 Jun 2025 02:00:00 GMT"), run.Validators);
        Assert.True(run.HasSeen("a"));
        Assert.Equal(1, status.ItemsSeen);
    }

    [Fact]
    public void The_oldest_seen_items_are_forgotten_beyond_capacity()
    {
        var run = Run();
        for (var i = 0; i <= FeedRun.SeenCapacity; i++) run.MarkSeen("item-" + i);
        Assert.False(run.HasSeen("item-0"));
        Assert.True(run.HasSeen("item-" + FeedRun.SeenCapacity));
        Assert.Equal(FeedRun.SeenCapacity, run.Snapshot().ItemsSeen);
    }
}
