using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Platform.Hosting.Configuration;

namespace Platform.Fetch.Tests.Feeds;

public sealed class FeedOptionsTests
{
    [Fact]
    public void Feeds_bind_from_numbered_environment_variables()
    {
        // A prefix of this test's own keeps the process environment of other tests untouched.
        const string prefix = "FEEDOPTIONSTEST_";
        var variables = new Dictionary<string, string>
        {
            [prefix + "Platform__Fetch__Feeds__0__Id"] = "gov",
            [prefix + "Platform__Fetch__Feeds__0__Url"] = "https://www.example.gov.cn/rss.xml",
            [prefix + "Platform__Fetch__Feeds__0__Kind"] = "rss",
            [prefix + "Platform__Fetch__Feeds__0__Interval"] = "00:05:00",
            [prefix + "Platform__Fetch__Feeds__1__Id"] = "page",
            [prefix + "Platform__Fetch__Feeds__1__Url"] = "http://example.org/bulletin.html",
            [prefix + "Platform__Fetch__AllowedHosts"] = "10.20.0.0/16,feeds.internal",
        };
        try
        {
            foreach (var (k, v) in variables) Environment.SetEnvironmentVariable(k, v);
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();
            var options = SettingsRegistration.Read<FetchOptions, FetchOptionsValidator>(configuration);
            Assert.Equal(2, options.Feeds.Count);
            Assert.Equal(FeedKind.Rss, options.Feeds[0].Kind);
            Assert.Equal(TimeSpan.FromMinutes(5), options.Feeds[0].Interval);
            Assert.Equal(FeedKind.Auto, options.Feeds[1].Kind);
            Assert.Equal(TimeSpan.FromMinutes(15), options.Feeds[1].Interval);
            Assert.Equal("10.20.0.0/16,feeds.internal", options.AllowedHosts);
        }
        finally
        {
            foreach (var k in variables.Keys) Environment.SetEnvironmentVariable(k, null);
        }
    }

    [Fact]
    public void Bad_feed_settings_fail_start_up_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Platform:Fetch:Feeds:0:Id"] = "a",
            ["Platform:Fetch:Feeds:0:Url"] = "ftp://example.org/x",
            ["Platform:Fetch:Feeds:1:Id"] = "a",
            ["Platform:Fetch:Feeds:1:Url"] = "http://example.org/x",
            ["Platform:Fetch:Feeds:1:Interval"] = "00:00:00",
            ["Platform:Fetch:Feeds:2:Url"] = "http://example.org/y",
            ["Platform:Fetch:AllowedHosts"] = "10.0.0.0/99",
            ["Platform:Fetch:FeedMaxRedirects"] = "50",
            ["Platform:Fetch:FeedBackoffBase"] = "00:10:00",
            ["Platform:Fetch:FeedBackoffMax"] = "00:01:00",
        }).Build();
        var ex = Assert.Throws<OptionsValidationException>(() => SettingsRegistration.Read<FetchOptions, FetchOptionsValidator>(configuration));
        var failures = string.Join('\n', ex.Failures);
        Assert.Contains("Platform:Fetch:Feeds:0:Url must be an absolute http or https URL", failures, StringComparison.Ordinal);
        Assert.Contains("Platform:Fetch:Feeds:1:Id 'a' is used by another feed", failures, StringComparison.Ordinal);
        Assert.Contains("Platform:Fetch:Feeds:1:Interval must be positive", failures, StringComparison.Ordinal);
        Assert.Contains("Platform:Fetch:Feeds:2:Id is required", failures, StringComparison.Ordinal);
        Assert.Contains("Platform:Fetch:AllowedHosts: '10.0.0.0/99'", failures, StringComparison.Ordinal);
        Assert.Contains("Platform:Fetch:FeedMaxRedirects must be 0-20", failures, StringComparison.Ordinal);
        Assert.Contains("Platform:Fetch:FeedBackoffBase must be positive", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_settings_are_listed_for_the_configuration_table()
    {
        var keys = ConfigurationKeys.For<FetchOptions>().Select(k => k.EnvironmentVariable).ToList();
        Assert.Contains("Platform__Fetch__Feeds__0__Url", keys);
        Assert.Contains("Platform__Fetch__Feeds__0__Interval", keys);
        Assert.Contains("Platform__Fetch__AllowedHosts", keys);
    }
}
