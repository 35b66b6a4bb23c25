using static Platform.Evaluation.Tests.Items;

namespace Platform.Evaluation.Tests;

public sealed class ItemChecksTests
{
    public static TheoryData<string, GoldItem, PredictedItem, bool> Titles() => new()
    {
        { "same title", Gold("article", "文明村"), Predicted("article", "文明村"), true },
        { "whitespace and dashes do not count", Gold("article", "文明 村—建设"), Predicted("article", "文明村\n建设"), true },
        { "kicker folded into the title", Gold("article", "评选揭晓", kicker: "弘扬新风"), Predicted("article", "弘扬新风评选揭晓"), true },
        { "kicker split off", Gold("article", "评选揭晓", kicker: "弘扬新风"), Predicted("article", "评选揭晓", kicker: "弘扬新风"), true },
        { "kicker missing", Gold("article", "评选揭晓", kicker: "弘扬新风"), Predicted("article", "评选揭晓"), false },
        { "accepted simplified form", Gold("article", "讓城市更溫暖", accept: new(["让城市更温暖"], [], [], [])), Predicted("article", "让城市更温暖"), true },
        { "gold subtitle must match", Gold("article", "评选揭晓", subtitle: "表彰百户"), Predicted("article", "评选揭晓"), false },
        { "gold subtitle matched", Gold("article", "评选揭晓", subtitle: "表彰百户"), Predicted("article", "评选揭晓", subtitle: "——表彰百户"), true },
        { "subtitle inside the title", Gold("article", "评选揭晓", subtitle: "表彰百户"), Predicted("article", "评选揭晓——表彰百户"), false },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void Title_is_exact_after_normalization(string name, GoldItem gold, PredictedItem predicted, bool expected) =>
        Assert.True(expected == ItemChecks.TitleExact(gold, predicted), name);

    public static TheoryData<string, GoldItem, PredictedItem, bool> AuthorSets() => new()
    {
        { "same set in another order", Gold("article", authors: ["莫成", "胡域"]), Predicted("article", authors: ["胡域", "莫成"]), true },
        { "inner space is no second name", Gold("article", authors: ["高 粮"]), Predicted("article", authors: ["高粮"]), true },
        { "one name missing", Gold("article", authors: ["莫成", "胡域"]), Predicted("article", authors: ["莫成"]), false },
        { "[] means no person byline", Gold("article", authors: []), Predicted("article", authors: []), true },
        { "[] is checked too", Gold("article", authors: []), Predicted("article", authors: ["张三"]), false },
        { "accepted alternative list", Gold("article", authors: ["高粮"], accept: new([], [["高粮", "孟涛"]], [], [])), Predicted("article", authors: ["孟涛", "高粮"]), true },
        { "a repeated name is not the set", Gold("article", authors: ["高粮"]), Predicted("article", authors: ["高粮", "高粮"]), false },
    };

    [Theory]
    [MemberData(nameof(AuthorSets))]
    public void Authors_are_an_exact_set(string name, GoldItem gold, PredictedItem predicted, bool expected) =>
        Assert.True(expected == ItemChecks.AuthorsExact(gold, predicted), name);

    public static TheoryData<string, GoldItem, PredictedItem, bool> Regions() => new()
    {
        { "same county", Gold("article", region: "130684"), Predicted("article", region: "130684"), true },
        { "accepted parent", Gold("article", region: "130684", accept: new([], [], ["130600"], [])), Predicted("article", region: "130600"), true },
        { "longer code cut to six", Gold("article", region: "130684"), Predicted("article", region: "130684101"), true },
        { "parent not accepted", Gold("article", region: "130684"), Predicted("article", region: "130600"), false },
        { "no prediction", Gold("article", region: "130684"), Predicted("article"), false },
        { "no gold region", Gold("article"), Predicted("article", region: "130684"), false },
    };

    [Theory]
    [MemberData(nameof(Regions))]
    public void Region_is_the_gold_code_or_an_accepted_one(string name, GoldItem gold, PredictedItem predicted, bool expected) =>
        Assert.True(expected == ItemChecks.RegionOk(gold, predicted), name);

    [Fact]
    public void Organization_compares_in_comparison_form() =>
        Assert.True(ItemChecks.OrganizationExact(Gold("article", organization: "海淀区 文明办"), Predicted("article", organization: "海淀区文明办")));
}
