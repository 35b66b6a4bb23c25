using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Fetch.Configuration;
using Platform.Fetch.Network;

namespace Platform.Fetch.Tests.Feeds;

/// <summary>
/// The SSRF guard against a real local upstream. Refusals must happen before any socket connects: every connect
/// attempt is recorded through the connector's hook and only 127.0.0.1 may ever appear there.
/// </summary>
public sealed class GuardedHttpClientTests : IAsyncLifetime
{
    private UpstreamServer _upstream = null!;
    private readonly ConcurrentQueue<IPEndPoint> _connects = new();
    private readonly List<ServiceProvider> _services = [];

    public async Task InitializeAsync() => _upstream = await UpstreamServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var services in _services) await services.DisposeAsync();
        await _upstream.DisposeAsync();
    }

    // A generous deadline: no test here is about time, and a loaded machine must not turn an answer into a timeout.
    private GuardedHttpClient Client(string? allowedHosts = "127.0.0.1", int maxRedirects = 5)
    {
        var options = new FetchOptions
        {
            AllowedHosts = allowedHosts, FeedMaxRedirects = maxRedirects, MaxBodyBytes = 65536, FeedRequestTimeout = TimeSpan.FromSeconds(30),
        };
        var services = new ServiceCollection().AddSingleton(Microsoft.Extensions.Options.Options.Create(options)).AddFeedHttpClient().BuildServiceProvider();
        _services.Add(services);
        var client = services.GetRequiredService<GuardedHttpClient>();
        client.Connector.Connecting = _connects.Enqueue;
        return client;
    }

    [Fact]
    public async Task Redirect_to_a_private_address_is_refused_without_connecting_to_it()
    {
        var client = Client();
        var ex = await Assert.ThrowsAsync<PullFailedException>(() => client.GetAsync(_upstream.Url("to-private"), null, null, CancellationToken.None));
        Assert.StartsWith("refused: 10.255.255.1 is a private address", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Platform:Fetch:AllowedHosts", ex.Message, StringComparison.Ordinal);
        Assert.NotEmpty(_connects);
        Assert.All(_connects, e => Assert.Equal(IPAddress.Loopback, e.Address));
    }

    [Fact]
    public async Task Localhost_is_refused_without_an_allow_list_and_never_connected()
    {
        var client = Client(allowedHosts: null);
        var ex = await Assert.ThrowsAsync<PullFailedException>(() =>
            client.GetAsync(new Uri($"http://localhost:{_upstream.BaseUri.Port}/doc/text/2"), null, null, CancellationToken.None));
        Assert.StartsWith("refused: localhost resolves to ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("a loopback address", ex.Message, StringComparison.Ordinal);
        var literal = await Assert.ThrowsAsync<PullFailedException>(() => client.GetAsync(_upstream.Url("doc/text/2"), null, null, CancellationToken.None));
        Assert.StartsWith("refused: 127.0.0.1 is a loopback address", literal.Message, StringComparison.Ordinal);
        Assert.Empty(_connects);
        Assert.Empty(_upstream.Requests);
    }

    [Theory]
    [InlineData("http://0.0.0.0:{0}/", "0.0.0.0 is an unspecified")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/", "is a loopback address")]
    [InlineData("http://[::1]:{0}/", "::1 is a loopback address")]
    [InlineData("http://2130706433:{0}/", "127.0.0.1 is a loopback address")]
    public async Task Loopback_in_other_notations_is_refused_without_connecting(string url, string reason)
    {
        var client = Client(allowedHosts: "feeds.example");
        var ex = await Assert.ThrowsAsync<PullFailedException>(() =>
            client.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, _upstream.BaseUri.Port)), null, null, CancellationToken.None));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_connects);
    }

    [Fact]
    public async Task Redirect_hops_are_followed_up_to_the_limit()
    {
        var client = Client(maxRedirects: 3);
        var response = await client.GetAsync(_upstream.Url("redirect/2"), null, null, CancellationToken.None);
        Assert.Equal(_upstream.Url("doc/text/2"), response.FinalUrl);
        Assert.Equal(UpstreamServer.SeedText(2), System.Text.Encoding.UTF8.GetString(response.Body));
        var ex = await Assert.ThrowsAsync<PullFailedException>(() => client.GetAsync(_upstream.Url("redirect/3"), null, null, CancellationToken.None));
        Assert.StartsWith("too many redirects (more than 3", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, _upstream.Count("/doc/text/2") - 1);
    }

    [Fact]
    public async Task Conditional_get_sends_validators_and_reports_not_modified()
    {
        var client = Client();
        var first = await client.GetAsync(_upstream.Url("rss.xml"), null, null, CancellationToken.None);
        Assert.False(first.NotModified);
        Assert.Equal(UpstreamServer.RssETag, first.ETag);
        var second = await client.GetAsync(_upstream.Url("rss.xml"), first.ETag, first.LastModified, CancellationToken.None);
        Assert.True(second.NotModified);
        Assert.Empty(second.Body);
        Assert.Equal(UpstreamServer.RssETag, _upstream.Requests.Last().IfNoneMatch);
    }

    [Fact]
    public async Task Only_http_and_https_are_fetched_and_limits_hold()
    {
        var client = Client();
        var scheme = await Assert.ThrowsAsync<PullFailedException>(() => client.GetAsync(new Uri("file:///etc/passwd"), null, null, CancellationToken.None));
        Assert.Contains("scheme 'file'", scheme.Message, StringComparison.Ordinal);
        var big = await Assert.ThrowsAsync<PullFailedException>(() => client.GetAsync(_upstream.Url("big"), null, null, CancellationToken.None));
        Assert.Contains("exceeds Platform:Fetch:MaxBodyBytes", big.Message, StringComparison.Ordinal);
        var status = await Assert.ThrowsAsync<PullFailedException>(() => client.GetAsync(_upstream.Url("missing"), null, null, CancellationToken.None));
        Assert.StartsWith("HTTP 404", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transient_failure_is_retried_once_within_the_request()
    {
        _upstream.FlakyFailures = 1;
        var response = await Client().GetAsync(_upstream.Url("flaky"), null, null, CancellationToken.None);
        Assert.NotEmpty(response.Body);
        Assert.Equal(2, _upstream.Count("/flaky"));
    }

    [Fact]
    public async Task A_lasting_failure_costs_one_retry_and_then_fails_the_request()
    {
        _upstream.FlakyFailures = 10;
        var ex = await Assert.ThrowsAsync<PullFailedException>(() => Client().GetAsync(_upstream.Url("flaky"), null, null, CancellationToken.None));
        Assert.StartsWith("HTTP 500", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1 + FeedResilience.Retries, _upstream.Count("/flaky"));
    }
}
