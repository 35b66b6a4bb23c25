using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>
/// Orphan titles (a title block with no body) and orphan bodies (a body whose title is printed elsewhere):
/// an orphan body is split off the story it was printed after, and linked to an orphan title on the same page
/// when both name the same place. Each item is summarised as "title [flags] paragraph count".
/// </summary>
public sealed class OrphanTests
{
    private const string Tongling =
        "拉高标杆开新局\n\n——安徽省铜陵市郊区深化全国文明城市创建工作纪实\n\n方文婷 陈磊\n\n" +
        "近年来,安徽省铜陵市郊区积极培育和践行社会主义核心价值观,市民文明素质不断提升。\n\n" +
        "郊区精神文明建设工作紧密围绕工作主线,引导广大群众把爱国热情化作强国行动。\n\n";

    private const string HeyangBody =
        "蓝天碧水,绿树环绕,现在的陕西省合阳县,正乘着文明创建的东风变得更加美好。\n\n" +
        "县城市管理执法局修复解放北路、西大街、九龙大道东段故障电缆50余米,截至目前,东西大街、黄河路、凤凰西路、\n\n";

    private const string HeyangTitle = "点滴之间见文明 细微之处显美好\n\n——陕西省合阳县文明创建绘就城市生活幸福底色\n\n张小彦 张一赞";

    public static TheoryData<string, string[]> OrphanBodyInsideAStory => new()
    {
        // No title on the page: a story-like opening naming a new place with its province, the story's own place not named again.
        {
            Tongling + "近日,陕西省合阳县开展文明交通专项治理行动,营造安全有序的校园周边环境。\n\n县城市管理执法局检修城区故障路灯41盏。",
            ["拉高标杆开新局 [] 2", "- [orphanBody] 2"]
        },
        {
            "古浪县开展彩绘公益广告活动\n\n本报讯(胡天凤)近日,甘肃省古浪县创新公益广告形式。\n\n古浪县对县城区电表箱进行集中美化。\n\n" +
            "5月31日,湖北省襄阳市开展了文明行为促进条例执法检查。\n\n会议强调,要坚持问题导向。",
            ["古浪县开展彩绘公益广告活动 [] 2", "- [orphanBody] 2"]
        },
        // The orphan title's place in a paragraph's first sentence is strong evidence, even without a story-like opening.
        {
            Tongling + HeyangBody + "大同市平城区: 新时代文明实践助力文明创建 薛克\n\n今年以来,山西省大同市平城区依托新时代文明实践中心开展活动。\n\n" + HeyangTitle,
            ["拉高标杆开新局 [] 2", "点滴之间见文明 细微之处显美好 [truncated] 2", "大同市平城区: 新时代文明实践助力文明创建 [] 1"]
        },
    };

    [Theory]
    [MemberData(nameof(OrphanBodyInsideAStory))]
    public void Orphan_body_inside_an_open_story_is_split_off(string text, string[] expected) => AssertItems(text, expected);

    public static TheoryData<string, string[]> Linked => new()
    {
        // The seed-001 layout in small: body after another story, title at the page end; the article takes the body's place.
        { Tongling + HeyangBody + HeyangTitle, ["拉高标杆开新局 [] 2", "点滴之间见文明 细微之处显美好 [truncated] 2"] },
        // A page that starts with the body and ends with its title.
        { HeyangBody + HeyangTitle, ["点滴之间见文明 细微之处显美好 [truncated] 2"] },
        // The title printed first (followed by another story), the body later on the page.
        {
            HeyangTitle + "\n\n" + Tongling + HeyangBody,
            ["拉高标杆开新局 [] 2", "点滴之间见文明 细微之处显美好 [truncated] 2"]
        },
        // The place named without its province in the title (合阳县 ~ 陕西省合阳县).
        {
            Tongling + HeyangBody + "合阳县:点滴之间见文明\n\n张小彦",
            ["拉高标杆开新局 [] 2", "合阳县:点滴之间见文明 [truncated] 2"]
        },
    };

    [Theory]
    [MemberData(nameof(Linked))]
    public void Orphan_title_and_orphan_body_naming_the_same_place_are_linked(string text, string[] expected)
    {
        var r = AssertItems(text, expected);
        var linked = r.Articles.Single(a => a.Title!.Contains("点滴之间见文明", StringComparison.Ordinal));
        Assert.StartsWith("蓝天碧水", linked.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("凤凰西路、", linked.Paragraphs[^1], StringComparison.Ordinal);
        Assert.NotEmpty(linked.Byline.Authors);
        Assert.Equal("张小彦", linked.Byline.Authors[0]);
    }

    public static TheoryData<string, string[]> Unlinked => new()
    {
        // The title's place is not the body's: the body stays with its story, the title stays alone.
        { Tongling + "海淀区开展活动\n\n——北京市海淀区文明创建\n\n张三", ["拉高标杆开新局 [] 2", "海淀区开展活动 [orphanTitle] 0"] },
        // A title block with no place at all links to nothing.
        { HeyangBody + "点滴之间见文明 细微之处显美好\n\n张小彦 张一赞", ["- [truncated,orphanBody] 2", "点滴之间见文明 细微之处显美好 [orphanTitle] 0"] },
        // A page-start body about another place than the title's.
        {
            "和值守工作,让党旗飘扬在最困难的地方。\n\n强化创建引领。用好两个抓手。\n\n" + HeyangTitle,
            ["- [orphanBody] 2", "点滴之间见文明 细微之处显美好 [orphanTitle] 0"]
        },
        // Unclear: two orphan bodies name the title's place, so neither is linked and all stay orphans.
        {
            HeyangBody.Replace("凤凰西路、", "凤凰西路。", StringComparison.Ordinal) + "甘肃省古浪县: 彩绘公益广告\n\n本报讯(胡天凤)近日,甘肃省古浪县创新公益广告形式。\n\n\n\n" +
            "受持续高温影响,浙江省桐庐县多处农田出现旱情。\n\n徐军勇 摄\n\n现在的合阳县,处处是文明新风。\n\n" + HeyangTitle,
            ["- [orphanBody] 2", "甘肃省古浪县: 彩绘公益广告 [] 1", "- [] 1", "- [orphanBody] 1", "点滴之间见文明 细微之处显美好 [orphanTitle] 0"]
        },
    };

    [Theory]
    [MemberData(nameof(Unlinked))]
    public void Orphans_without_clear_evidence_stay_flagged(string text, string[] expected) => AssertItems(text, expected);

    public static TheoryData<string, string[]> NotSplit => new()
    {
        // The story names its own place again after the other province's paragraph: one story.
        {
            Tongling + "近日,陕西省合阳县文明办来郊区交流创建经验。\n\n安徽省铜陵市郊区表示,将继续深化文明创建。",
            ["拉高标杆开新局 [] 4"]
        },
        // A new province without a story-like opening and without an orphan title: one story.
        { Tongling + "蓝天碧水,现在的陕西省合阳县正变得更加美好。\n\n县城市管理执法局检修路灯41盏。", ["拉高标杆开新局 [] 4"] },
        // A story-like opening about the story's own place is not a new story.
        { Tongling + "近日,安徽省铜陵市郊区召开推进会。\n\n会议强调,要坚持问题导向。", ["拉高标杆开新局 [] 4"] },
        // The other place was already named earlier in the story.
        {
            Tongling.Replace("强国行动。", "强国行动,并赴陕西省合阳县学习。", StringComparison.Ordinal) + "近日,陕西省合阳县回访郊区。\n\n会议强调,要坚持问题导向。",
            ["拉高标杆开新局 [] 4"]
        },
        // A heading before the paragraph marks a section of the same story.
        { Tongling + "对外交流\n\n近日,陕西省合阳县开展文明交通专项治理行动。\n\n会议强调,要坚持问题导向。", ["拉高标杆开新局 [] 4"] },
        // Stories closed by an organization are left whole.
        {
            "海淀区开展活动\n\n近日,北京市海淀区开展活动。\n\n近日,陕西省合阳县开展文明交通专项治理行动。(海淀区文明办)",
            ["海淀区开展活动 [] 2"]
        },
    };

    [Theory]
    [MemberData(nameof(NotSplit))]
    public void Story_mentioning_another_place_is_not_split_without_clear_evidence(string text, string[] expected) => AssertItems(text, expected);

    public static TheoryData<string, string[]> PageStartsMidStory => new()
    {
        { "和值守工作,让党旗飘扬在最困难的地方。\n\n海淀区开展活动\n\n本报讯(张三)近日,活动举行。", ["- [orphanBody] 1", "海淀区开展活动 [] 1"] },
        { "值守工作,让党旗飘扬在\n\n最困难的地方。\n\n强化创建引领。用好两个抓手。", ["- [orphanBody] 2"] },
        { "强化创建引领,用好两个抓手,凝聚起\n\n\n\n海淀区开展活动\n\n本报讯(张三)近日,活动举行。", ["- [truncated,orphanBody] 1", "海淀区开展活动 [] 1"] },
    };

    [Theory]
    [MemberData(nameof(PageStartsMidStory))]
    public void Page_that_starts_mid_story_begins_with_an_orphan_body(string text, string[] expected) => AssertItems(text, expected);

    [Fact]
    public void Seed_001_orphan_body_is_split_from_the_tongling_story_and_linked_to_the_heyang_title()
    {
        var r = Parsing.Parse(Parsing.Seed("001"));
        var tongling = r.Articles.Single(a => a.Title == "拉高标杆开新局 奋发有为勇争先");
        Assert.EndsWith("引导广大群众把爱国热情化作强国行动。", tongling.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Empty(tongling.Flags);
        var heyang = r.Articles[tongling.Ordinal];
        Assert.Equal("点滴之间见文明 细微之处显美好", heyang.Title);
        Assert.Equal("陕西省合阳县文明创建绘就城市生活幸福底色", heyang.Subtitle);
        Assert.Equal(["张小彦", "张一赞"], heyang.Byline.Authors);
        Assert.Equal([ArticleFlags.Truncated], heyang.Flags);
        Assert.Equal(4, heyang.Paragraphs.Count);
        Assert.StartsWith("蓝天碧水,绿树环绕", heyang.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("凤凰西路、", heyang.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal("大同市平城区: 新时代文明实践助力文明创建", r.Articles[heyang.Ordinal].Title);
        Assert.DoesNotContain(r.Articles, a => a.Flags.Contains(ArticleFlags.OrphanTitle) || a.Flags.Contains(ArticleFlags.OrphanBody));
    }

    private static ParseResult AssertItems(string text, string[] expected)
    {
        var r = Parsing.Parse(text);
        Assert.Equal(expected, r.Articles.Select(a => $"{a.Title ?? "-"} [{string.Join(",", a.Flags)}] {a.Paragraphs.Count}"));
        Parsing.AssertNoTextLoss(text, r);
        return r;
    }
}
