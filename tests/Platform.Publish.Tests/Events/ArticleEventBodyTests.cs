using System.Text.Json;
using Platform.Contracts.Public;

namespace Platform.Publish.Tests.Events;

/// <summary>Article event bodies over the size limit are truncated in steps, stay under the limit and link the full article.</summary>
public sealed class ArticleEventBodyTests
{
    private static readonly Region Haidian = new("110108", "county", "海淀区", "北京市", "北京市", "海淀区");

    private static PublishedArticle Article(int paragraphs, int paragraphLength, int mentions = 3, int titleLength = 12)
    {
        var paragraph = string.Concat(Enumerable.Repeat("文明实践站点\"志愿\"服务\n", paragraphLength / 10 + 1))[..paragraphLength];
        var body = Enumerable.Range(0, paragraphs).Select(i => $"{i}:{paragraph}").ToArray();
        var enrichment = new Platform.Contracts.Documents.Enrichment(
            new Regions(Haidian, [.. Enumerable.Range(0, mentions).Select(i => new RegionMention(Haidian, "海淀区", 1, i))]),
            [.. Enumerable.Range(0, mentions).Select(i => new DateMention("2024年3月5日", "2024-03-05", "day", false, i))],
            [new TopicScore("civilized-city", "文明城市", 0.9, [])],
            [.. Enumerable.Range(0, mentions).Select(i => new PersonMention("张三" + i, null, i))], [], [], [], "0123456789abcdef", null, null);
        return new PublishedArticle("b1-01", "b1", 1, ArticleKind.Article, null, new string('题', titleLength), null, null, Byline.None,
            [new Heading("小标题", 1)], body, string.Join('\n', body), [], enrichment, 7, "p1", "e1");
    }

    public static TheoryData<string, PublishedArticle, int, bool, bool, bool> Cases => new()
    {
        // label, article, limit, truncated, keeps headings and people, keeps enrichment
        { "small article untouched", Article(3, 100), 16 * 1024, false, true, true },
        { "long paragraphs dropped, text cut", Article(400, 2000), 64 * 1024, true, true, true },
        { "mention lists over the limit go too", Article(10, 2000, mentions: 4000), 64 * 1024, true, false, true },
        { "a huge title leaves a skeleton", Article(10, 100, titleLength: 100_000), 16 * 1024, true, false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bodies_fit_the_limit_and_say_when_they_were_truncated(string label, PublishedArticle article, int limit, bool truncated, bool keepsMentions, bool keepsEnrichment)
    {
        var body = ArticleEventBody.Bound(article, limit);
        var json = JsonSerializer.SerializeToUtf8Bytes(body, DocumentJson.Options);
        Assert.True(json.Length <= limit, $"{label}: {json.Length} bytes over {limit}");
        Assert.Equal(truncated, body.BodyTruncated);
        Assert.Equal(truncated ? "/v1/articles/b1-01" : null, body.DataRef);
        Assert.Equal((article.Id, article.BulletinId, article.Version, article.Flags), (body.Id, body.BulletinId, body.Version, body.Flags));
        if (!truncated)
        {
            Assert.Same(article, body);
            return;
        }
        Assert.Empty(body.Paragraphs);
        Assert.StartsWith(body.Text, article.Text, StringComparison.Ordinal);
        Assert.Equal(keepsMentions, body.Headings.Count > 0 && body.Enrichment?.People.Count > 0);
        Assert.Equal(keepsEnrichment, body.Enrichment is not null);
        if (keepsEnrichment) Assert.Equal(("110108", "civilized-city"), (body.Enrichment!.Regions.Primary!.Code, body.Enrichment.Topics[0].Id));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Encoding_gives_the_bounded_body_and_exactly_its_json(string label, PublishedArticle article, int limit, bool truncated, bool keepsMentions, bool keepsEnrichment)
    {
        var (body, json) = ArticleEventBody.Encode(article, limit);
        Assert.Equal(truncated, body.BodyTruncated);
        Assert.Equal(JsonSerializer.Serialize(ArticleEventBody.Bound(article, limit), DocumentJson.Options), json);
        Assert.Equal(JsonSerializer.Serialize(body, DocumentJson.Options), json);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(json) <= limit, $"{label} ({keepsMentions}, {keepsEnrichment}): over {limit}");
    }

    [Fact]
    public void An_article_whose_text_alone_is_over_the_limit_is_never_written_whole()
    {
        // About the maximum body (4,000,000 characters, in the text and again in the paragraphs): written whole, its
        // JSON is 24 MB of UTF-8 and a 48 MB string on top of what bounding it takes, more than a host's heap can spare.
        var article = Article(2000, 2000);
        const int limit = 1024 * 1024;
        // Warmed up on the same article, so that neither measure pays for the shared array pool's first rentals.
        JsonSerializer.Serialize(ArticleEventBody.Bound(article, limit), DocumentJson.Options);
        var bounding = ThreadAllocations.Of(() => JsonSerializer.Serialize(ArticleEventBody.Bound(article, limit), DocumentJson.Options));
        var encoded = (Body: article, Json: "");
        var encoding = ThreadAllocations.Of(() => encoded = ArticleEventBody.Encode(article, limit));
        Assert.True(encoded.Body.BodyTruncated);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(encoded.Json), 1, limit);
        Assert.True(encoding <= bounding + bounding / 10, $"encoding allocated {encoding >> 20} MiB, bounding {bounding >> 20} MiB");
    }

    [Fact]
    public void The_text_kept_uses_most_of_the_room()
    {
        var body = ArticleEventBody.Bound(Article(400, 2000), 64 * 1024);
        Assert.InRange(JsonSerializer.SerializeToUtf8Bytes(body, DocumentJson.Options).Length, 60 * 1024, 64 * 1024);
    }

    [Fact]
    public void Every_revision_truncates_to_the_same_text()
    {
        var article = Article(400, 2000);
        Assert.Equal(ArticleEventBody.Bound(article with { Version = 1 }, 64 * 1024).Text, ArticleEventBody.Bound(article with { Version = 123_456_789 }, 64 * 1024).Text);
    }

    public static TheoryData<string, int, string> Prefixes => new()
    {
        { "文明abc", 7, "文明a" },
        { "a\"b", 3, "a\"" },
        { "a\u0001b", 6, "a" },
        { "😀x", 3, "" },
        { "😀x", 5, "😀x" },
    };

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void Prefix_counts_escaped_utf8_bytes_and_keeps_surrogate_pairs(string text, int bytes, string expected) =>
        Assert.Equal(expected, ArticleEventBody.Prefix(text, bytes));
}
