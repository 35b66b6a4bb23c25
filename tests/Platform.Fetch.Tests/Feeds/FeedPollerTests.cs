using System.Globalization;
using Platform.Fetch.Network;

namespace Platform.Fetch.Tests.Feeds;

/// <summary>The fetch host polling feeds served by a real local upstream (both on 127.0.0.1, which the tests allow-list).</summary>
public sealed class FeedPollerTests : IAsyncLifetime
{
    private UpstreamServer _upstream = null!;

    public async Task InitializeAsync() => _upstream = await UpstreamServer.StartAsync();

    public async Task DisposeAsync() => await _upstream.DisposeAsync();

    private static Dictionary<string, string?> Feeds(params (string Id, string Kind, Uri Url)[] feeds)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Platform:Fetch:AllowedHosts"] = "127.0.0.1",
            ["Platform:Fetch:FeedBackoffBase"] = "00:00:00.100",
            ["Platform:Fetch:FeedBackoffMax"] = "00:00:00.400",
            ["Platform:Fetch:FeedRequestTimeout"] = "00:00:05",
            ["Platform:Fetch:FeedMaxRedirects"] = "3",
        };
        for (var i = 0; i < feeds.Length; i++)
        {
            settings[$"Platform:Fetch:Feeds:{i}:Id"] = feeds[i].Id;
            settings[$"Platform:Fetch:Feeds:{i}:Kind"] = feeds[i].Kind;
            settings[$"Platform:Fetch:Feeds:{i}:Url"] = feeds[i].Url.AbsoluteUri;
            settings[$"Platform:Fetch:Feeds:{i}:Interval"] = "00:00:00.200";
        }
        return settings;
    }

    /// <summary>Runs <paramref name="test"/> against a fetch host started with <paramref name="settings"/>, and stops the host whatever happens.</summary>
    private static async Task WithHostAsync(Dictionary<string, string?> settings, Func<FetchHost, Task> test)
    {
        var host = new FetchHost { Settings = settings };
        await host.InitializeAsync();
        try
        {
            await test(host);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Rss_items_are_fetched_once_ingested_with_link_and_date_then_the_feed_answers_304()
    {
        await WithHostAsync(Feeds(("news", "rss", _upstream.Url("rss.xml"))), async host =>
        {
            var feed = await FeedWatch.UntilAsync(host, "news", f => f.Long("documentsAccepted") == 2 && f.Long("notModified") >= 2);
            Assert.Equal("ok", feed.Str("state"));
            Assert.Equal("rss", feed.Str("format"));
            Assert.Equal(2, feed.Long("itemsSeen"));
            Assert.Equal(UpstreamServer.RssETag, feed.Str("eTag"));
            Assert.Null(feed.Str("lastError"));
            Assert.Contains(_upstream.Requests, r => r.Path == "/rss.xml" && r.IfNoneMatch == UpstreamServer.RssETag);
            Assert.Equal(1, _upstream.Count("/doc/html/0"));
            Assert.Equal(1, _upstream.Count("/doc/gb/1"));

            var ids = await host.Store.RawBulletins.ListIdsAsync(null, null);
            var raws = await Task.WhenAll(ids.Select(id => host.Store.RawBulletins.GetAsync(id)));
            var html = Assert.Single(raws, r => r!.SourceUrl == _upstream.Url("doc/html/0").AbsoluteUri)!;
            Assert.Equal("feed:news", html.SourceId);
            Assert.Equal(DateTimeOffset.Parse("2025-06-10T00:30:00Z", CultureInfo.InvariantCulture), html.PublishedAt);
            Assert.DoesNotContain("tracking", html.Text, StringComparison.Ordinal);
            Assert.Contains(UpstreamServer.SeedText(0).Split('\n')[0].Trim(), html.Text, StringComparison.Ordinal);
            var gb = Assert.Single(raws, r => r!.SourceUrl == _upstream.Url("doc/gb/1").AbsoluteUri)!;
            Assert.Equal("gb18030", gb.Encoding);
            Assert.Equal(DateTimeOffset.Parse("2025-06-11T01:00:00Z", CultureInfo.InvariantCulture), gb.PublishedAt);
        });
    }

    [Fact]
    public async Task Atom_entries_with_relative_links_are_ingested_and_last_modified_brings_304()
    {
        await WithHostAsync(Feeds(("bulletins", "auto", _upstream.Url("atom.xml"))), async host =>
        {
            var feed = await FeedWatch.UntilAsync(host, "bulletins", f => f.Long("documentsAccepted") == 2 && f.Long("notModified") >= 1);
            Assert.Equal("atom", feed.Str("format"));
            Assert.Equal(UpstreamServer.AtomLastModified, feed.Str("lastModified"));
            Assert.Contains(_upstream.Requests, r => r.Path == "/atom.xml" && r.IfModifiedSince == UpstreamServer.AtomLastModified);
            Assert.Equal(0, _upstream.Count("/edit/3"));
            var ids = await host.Store.RawBulletins.ListIdsAsync(null, null);
            var raws = await Task.WhenAll(ids.Select(id => host.Store.RawBulletins.GetAsync(id)));
            var first = Assert.Single(raws, r => r!.SourceUrl == _upstream.Url("doc/text/2").AbsoluteUri)!;
            Assert.Equal(DateTimeOffset.Parse("2025-06-09T02:00:00Z", CultureInfo.InvariantCulture), first.PublishedAt);
            var second = Assert.Single(raws, r => r!.SourceUrl == _upstream.Url("doc/text/3").AbsoluteUri)!;
            Assert.Equal(DateTimeOffset.Parse("2025-06-11T01:00:00Z", CultureInfo.InvariantCulture), second.PublishedAt);
        });
    }

    [Fact]
    public async Task A_failing_feed_backs_off_shows_the_error_and_recovers()
    {
        // Each poll tries once and retries once (FeedResilience): two failed polls, then a document.
        _upstream.FlakyFailures = 2 * (FeedResilience.Retries + 1);
        await WithHostAsync(Feeds(("flaky", "document", _upstream.Url("flaky"))), async host =>
        {
            var failing = await FeedWatch.UntilAsync(host, "flaky", f => f.Long("consecutiveFailures") >= 2);
            Assert.Equal("failing", failing.Str("state"));
            Assert.Contains("HTTP 500", failing.Str("lastError"), StringComparison.Ordinal);
            Assert.True(failing.GetProperty("nextRunAt").GetDateTimeOffset() > failing.GetProperty("lastErrorAt").GetDateTimeOffset());
            Assert.Equal(JsonValueKindNull, failing.GetProperty("lastSuccessAt").ValueKind);

            var recovered = await FeedWatch.UntilAsync(host, "flaky", f => f.Str("state") == "ok");
            Assert.Equal(0, recovered.Long("consecutiveFailures"));
            Assert.Equal(1, recovered.Long("documentsAccepted"));
            Assert.Equal("document", recovered.Str("format"));
            Assert.Contains("HTTP 500", recovered.Str("lastError"), StringComparison.Ordinal);
            Assert.True(recovered.GetProperty("lastSuccessAt").GetDateTimeOffset() > recovered.GetProperty("lastErrorAt").GetDateTimeOffset());
            Assert.True(_upstream.Count("/flaky") > _upstream.FlakyFailures);
        });
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task Slow_redirecting_private_localhost_and_oversized_feeds_fail_with_clear_errors()
    {
        var settings = Feeds(
            ("slow", "document", _upstream.Url("slow")),
            ("redirects", "document", _upstream.Url("redirect/2")),
            ("too-many-redirects", "document", _upstream.Url("redirect/5")),
            ("private", "document", _upstream.Url("to-private")),
            ("big", "document", _upstream.Url("big")),
            ("big-declared", "document", _upstream.Url("big-declared")));
        // Well under the slow feed's 10 s, and long enough that the redirect chain and the big bodies are not cut by a
        // loaded machine (at 0.5 s they sometimes timed out instead of failing for their own reason).
        settings["Platform:Fetch:FeedRequestTimeout"] = "00:00:03";
        await WithHostAsync(settings, async host =>
        {
            var ok = await FeedWatch.UntilAsync(host, "redirects", f => f.Str("state") == "ok");
            Assert.Equal(1, ok.Long("documentsAccepted"));
            Assert.All(new[] { "/redirect/2", "/redirect/1", "/redirect/0", "/doc/text/2" }, path => Assert.True(_upstream.Count(path) >= 1, path));

            await Failing(host, "slow", "timed out after 3 s");
            await Failing(host, "too-many-redirects", "too many redirects (more than 3");
            await Failing(host, "private", "refused: 10.255.255.1 is a private address");
            await Failing(host, "big", "exceeds Platform:Fetch:MaxBodyBytes (65536 bytes)");
            await Failing(host, "big-declared", "exceeds Platform:Fetch:MaxBodyBytes (65536 bytes)");
            Assert.Single(await host.Store.RawBulletins.ListIdsAsync(null, null));
        });
    }

    private static async Task Failing(FetchHost host, string feedId, string error)
    {
        var feed = await FeedWatch.UntilAsync(host, feedId, f => f.Long("consecutiveFailures") >= 1);
        Assert.Equal("failing", feed.Str("state"));
        Assert.Contains(error, feed.Str("lastError"), StringComparison.Ordinal);
        Assert.Equal(0, feed.Long("documentsAccepted"));
    }

    [Fact]
    public async Task Feeds_endpoint_shows_configuration_and_state_without_url_credentials()
    {
        var settings = Feeds(("secretive", "document", new Uri("http://user:pw@127.0.0.1:9/nothing")));
        settings["Platform:Fetch:Feeds:0:Interval"] = "01:00:00";
        settings["Platform:Fetch:Feeds:0:SourceId"] = "gov-cn";
        await WithHostAsync(settings, async host =>
        {
            var feed = await FeedWatch.UntilAsync(host, "secretive", f => f.Long("polls") >= 1);
            Assert.Equal("gov-cn", feed.Str("sourceId"));
            Assert.Equal(3600, feed.GetProperty("intervalSeconds").GetDouble());
            Assert.DoesNotContain("pw", feed.Str("url"), StringComparison.Ordinal);
            Assert.Equal("failing", feed.Str("state"));
        });
    }

    [Fact]
    public async Task A_failing_feed_shows_and_logs_its_url_without_user_info_or_token()
    {
        _upstream.FlakyFailures = int.MaxValue;
        var url = new UriBuilder(_upstream.Url("flaky")) { UserName = "feeduser7", Password = "hunter2-secret", Query = "token=tok-secret-42&page=2" }.Uri;
        await WithHostAsync(Feeds(("guarded", "document", url)), async host =>
        {
            var feed = await FeedWatch.UntilAsync(host, "guarded", f => f.Long("consecutiveFailures") >= 2);
            Assert.Contains("HTTP 500", feed.Str("lastError"), StringComparison.Ordinal);
            Assert.Contains("token=***", feed.Str("url"), StringComparison.Ordinal);
            var shown = await host.Client.GetStringAsync("v1/feeds");
            var logged = string.Join("\n", host.Logs.Lines);
            Assert.Contains("guarded", logged, StringComparison.Ordinal);
            foreach (var secret in new[] { "hunter2-secret", "tok-secret-42", "feeduser7" })
            {
                Assert.DoesNotContain(secret, shown, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, logged, StringComparison.Ordinal);
            }
        });
    }
}
