using Platform.Contracts.Documents;

namespace Platform.Storage.Tests;

/// <summary>Small valid documents for store tests.</summary>
public static class StoreDocuments
{
    public static RawBulletin Raw(string id, string sha, DateTimeOffset? at = null) =>
        new(id, "test-source", sha, [0xE4, 0xB8, 0xAD, 0x00, 0xFF], "中文正文", "utf-8", "text/plain", null, null,
            at ?? new DateTimeOffset(2024, 5, 31, 8, 0, 0, TimeSpan.Zero), false);

    public static Bulletin Bulletin(string id) =>
        new(id, "test-source", new string('a', 64), new Masthead("首都精神文明建设情况简报", 19, 2128, "首都精神文明办", new DateOnly(2020, 4, 29)),
            null, ["新时代文明实践中心建设"], 2020, [Contracts.Documents.Article.MakeId(id, 1)], PipelineStatus.Parsed, null,
            new DateTimeOffset(2020, 4, 29, 0, 0, 0, TimeSpan.Zero), "test", [], [], 0);

    public static Article Article(string bulletinId, int ordinal, string? region = null, string[]? topics = null,
        DateOnly? date = null, string title = "标题", string text = "正文", ulong fingerprint = 0x0123456789abcdef,
        ArticleKind kind = ArticleKind.Article) =>
        new(Contracts.Documents.Article.MakeId(bulletinId, ordinal), bulletinId, ordinal, kind, null, title, null, null,
            new Byline("本报讯(周钊梁 梁敏婷)", ["周钊梁", "梁敏婷"], null, BylineKind.Newsflash), [], [text], text, [],
            new Enrichment(
                new Regions(region is null ? null : new Region(region, "county", "开福区", "湖南省", "长沙市", "开福区"), []),
                [], (topics ?? []).Select(t => new TopicScore(t, t, 0.5, [])).ToArray(), [], [], [], [],
                fingerprint.ToString("x16", System.Globalization.CultureInfo.InvariantCulture), null, date),
            PipelineStatus.Enriched, 0, "test", "test", []);
}
