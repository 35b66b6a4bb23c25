using Platform.Contracts.Documents;

namespace Platform.Storage.Mongo.Tests;

/// <summary>An article the size of one from the seed pages (about 3,000 characters of Chinese text, full enrichment).</summary>
public static class SeedSizedArticle
{
    private const string Paragraph =
        "近日，长沙市开福区新时代文明实践中心组织志愿者深入社区，开展“学雷锋·文明实践我行动”主题活动。志愿者们为居民提供义诊、理发、家电维修等便民服务，"
        + "并向群众宣传垃圾分类、文明出行等知识。活动现场气氛热烈，吸引了2600余名群众参与，群众满意度达到98.5%。";

    public static Article Create(string bulletinId = "b446dbf02e71ebfb", int ordinal = 3)
    {
        var paragraphs = Enumerable.Range(0, 16).Select(i => $"{i + 1}. {Paragraph}").ToArray();
        var region = new Region("430105", "county", "开福区", "湖南省", "长沙市", "开福区");
        return new Article(
            Article.MakeId(bulletinId, ordinal), bulletinId, ordinal, ArticleKind.Article, "弘扬雷锋精神", "开福区志愿服务进社区",
            "——文明实践暖民心", "【文明实践】", new Byline("本报讯(周钊梁 梁敏婷)", ["周钊梁", "梁敏婷"], "开福区文明办", BylineKind.Newsflash),
            [new Heading("一、便民服务", 2)], paragraphs, string.Join('\n', paragraphs), ["ocrNoise"],
            new Enrichment(
                new Regions(region, [new RegionMention(region, "长沙开福区", 3, 12)]),
                [new DateMention("3月5日", "2020-03-05", "day", true, 40)],
                [new TopicScore("volunteering", "志愿服务", 0.875, [new TopicEvidence("志愿者", "text", 3)])],
                [new PersonMention("周钊梁", "author", 5)],
                [new OrganizationMention("开福区新时代文明实践中心", 1, 9)],
                [new Figure("2600余名", 2600, "名", "机关干部", "余", 120)],
                [new Keyword("文明实践", 0.42), new Keyword("志愿者", 0.31)],
                "0123456789abcdef", null, new DateOnly(2020, 3, 5)),
            PipelineStatus.Enriched, 4, "parser-1.0", "enrich-1.0", []);
    }
}
