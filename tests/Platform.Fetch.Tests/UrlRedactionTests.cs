namespace Platform.Fetch.Tests;

public sealed class UrlRedactionTests
{
    [Theory]
    [InlineData("http://user:pw@example.gov.cn/feed.xml", "http://example.gov.cn/feed.xml")]
    [InlineData("https://example.gov.cn/feed.xml?token=abc&page=2", "https://example.gov.cn/feed.xml?token=***&page=2")]
    [InlineData("https://example.gov.cn/rss?access_token=a&api_key=b&apikey=c&sig=d&password=e", "https://example.gov.cn/rss?access_token=***&api_key=***&apikey=***&sig=***&password=***")]
    [InlineData("https://u@example.gov.cn/rss?X-Amz-Signature=s&id=7", "https://example.gov.cn/rss?X-Amz-Signature=***&id=7")]
    [InlineData("https://example.gov.cn/news/2025/06/a.html?id=7", "https://example.gov.cn/news/2025/06/a.html?id=7")]
    public void Credentials_are_removed_from_a_url(string url, string shown) => Assert.Equal(shown, UrlRedaction.Of(new Uri(url)));

    [Theory]
    [InlineData("HTTP 500 Internal Server Error from http://user:pw@127.0.0.1:9/x?token=t", "HTTP 500 Internal Server Error from http://127.0.0.1:9/x?token=***")]
    [InlineData("item http://a.gov.cn/1?key=k: refused; first: http://b.gov.cn/2", "item http://a.gov.cn/1?key=***: refused; first: http://b.gov.cn/2")]
    [InlineData("request to http://user:pw@[bad failed", "request to http://[bad failed")]
    [InlineData("no url here", "no url here")]
    public void Urls_inside_a_message_are_redacted_and_the_rest_is_kept(string text, string shown) => Assert.Equal(shown, UrlRedaction.InText(text));
}
