using System.Globalization;
using System.Text;
using Platform.Fetch.Feeds;
using Platform.Fetch.Network;

namespace Platform.Fetch.Tests.Feeds;

public sealed class SyndicationParserTests
{
    private static readonly Uri Base = new("http://feeds.example/news/rss.xml");

    [Fact]
    public void Rss_items_use_link_else_permalink_guid_and_key_by_guid()
    {
        var feed = SyndicationParser.Parse(Encoding.UTF8.GetBytes("""
            <rss version="2.0"><channel>
              <item><link>/a.html</link><guid isPermaLink="false">g-1</guid><pubDate>Tue, 10 Jun 2025 08:30:00 +0800</pubDate></item>
              <item><guid>http://feeds.example/b.html</guid></item>
              <item><guid isPermaLink="false">not-a-link</guid></item>
              <item><link>javascript:alert(1)</link></item>
            </channel></rss>
            """), Base, 1 << 20);
        Assert.Equal("rss", feed.Format);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal(new Uri("http://feeds.example/a.html"), feed.Items[0].Link);
        Assert.Equal("g-1", feed.Items[0].Key);
        Assert.Equal(new DateTimeOffset(2025, 6, 10, 0, 30, 0, TimeSpan.Zero), feed.Items[0].PublishedAt);
        Assert.Equal("http://feeds.example/b.html", feed.Items[1].Key);
        Assert.Null(feed.Items[1].PublishedAt);
        Assert.Equal(2, feed.Skipped.Count);
    }

    [Fact]
    public void Atom_entries_take_the_alternate_link_resolved_against_the_feed_url()
    {
        var feed = SyndicationParser.Parse(Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><id>urn:1</id><link rel="edit" href="edit/1"/><link rel="alternate" href="doc/1"/><updated>2025-06-11T02:00:00Z</updated></entry>
            </feed>
            """), Base, 1 << 20);
        var item = Assert.Single(feed.Items);
        Assert.Equal("atom", feed.Format);
        Assert.Equal(new Uri("http://feeds.example/news/doc/1"), item.Link);
        Assert.Equal("urn:1", item.Key);
        Assert.Equal(new DateTimeOffset(2025, 6, 11, 2, 0, 0, TimeSpan.Zero), item.PublishedAt);
    }

    [Fact]
    public void Dtds_entities_and_other_documents_are_refused()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><item><link>&b;</link></item></channel></rss>
            """;
        var dtd = Assert.Throws<PullFailedException>(() => SyndicationParser.Parse(Encoding.UTF8.GetBytes(laughs), Base, 1 << 20));
        Assert.Contains("not usable XML", dtd.Message, StringComparison.Ordinal);
        const string external = """<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://10.0.0.1/evil.dtd"><rss/>""";
        Assert.Throws<PullFailedException>(() => SyndicationParser.Parse(Encoding.UTF8.GetBytes(external), Base, 1 << 20));
        var html = Assert.Throws<PullFailedException>(() => SyndicationParser.Parse(Encoding.UTF8.GetBytes("<html><body/></html>"), Base, 1 << 20));
        Assert.Contains("neither RSS 2.0 nor Atom", html.Message, StringComparison.Ordinal);
        Assert.Throws<PullFailedException>(() => SyndicationParser.Parse(Encoding.UTF8.GetBytes("not xml"), Base, 1 << 20));
    }

    [Fact]
    public void Feeds_are_sniffed_for_kind_auto()
    {
        Assert.True(SyndicationParser.LooksLikeFeed(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">")));
        Assert.True(SyndicationParser.LooksLikeFeed(Encoding.UTF8.GetBytes("<feed xmlns=\"http://www.w3.org/2005/Atom\">")));
        Assert.False(SyndicationParser.LooksLikeFeed(Encoding.UTF8.GetBytes("<html><body>精神文明报</body></html>")));
        Assert.False(SyndicationParser.LooksLikeFeed(Encoding.UTF8.GetBytes("首都精神文明建设情况简报")));
    }

    [Theory]
    [InlineData("Tue, 10 Jun 2025 08:30:00 +0800", "2025-06-10T00:30:00Z")]
    [InlineData("10 Jun 2025 08:30:00 GMT", "2025-06-10T08:30:00Z")]
    [InlineData("Tue,  10 Jun 2025 08:30 EST", "2025-06-10T13:30:00Z")]
    [InlineData("Tue, 10 Jun 25 08:30:00 UT", "2025-06-10T08:30:00Z")]
    [InlineData("2025-06-10T08:30:00+08:00", "2025-06-10T00:30:00Z")]
    public void Rss_dates_parse(string text, string expected)
    {
        Assert.True(Rfc822Date.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData(null)]
    public void Unusable_dates_are_absent(string? text) => Assert.False(Rfc822Date.TryParse(text, out _));
}
