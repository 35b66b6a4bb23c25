using Platform.Hosting.Network;

namespace Platform.Hosting.Tests;

public sealed class RequestAuthorityTests
{
    [Theory]
    [InlineData("http://feeduser:hunter2@feeds.example:8080/a.xml?token=t", "http://feeds.example:8080")]
    [InlineData("https://example.org/rss", "https://example.org:443")]
    [InlineData("https://user@例子.中国/feed", "https://xn--fsqu00a.xn--fiqs8s:443")]
    public void The_pipeline_key_names_the_site_without_user_info_or_query(string url, string expected) =>
        Assert.Equal(expected, RequestAuthority.Of(new HttpRequestMessage(HttpMethod.Get, url)));
}
