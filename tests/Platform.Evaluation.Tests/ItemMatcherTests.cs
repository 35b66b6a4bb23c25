using static Platform.Evaluation.Tests.Items;

namespace Platform.Evaluation.Tests;

public sealed class ItemMatcherTests
{
    public static TheoryData<string, GoldItem, PredictedItem, bool> Compatibility() => new()
    {
        { "similar title", Gold("article", "军民共建文明村"), Predicted("article", "军民共建文明村活动"), true },
        { "dissimilar title", Gold("article", "军民共建文明村"), Predicted("article", "今日要闻"), false },
        { "kind differs", Gold("article", "军民共建文明村"), Predicted("photo", "军民共建文明村"), false },
        { "accepted kind", Gold("article", "军民共建文明村", accept: new([], [], [], ["quote"])), Predicted("quote", "军民共建文明村"), true },
        { "kicker + title vs title", Gold("article", "评选揭晓", kicker: "弘扬新风尚"), Predicted("article", "弘扬新风尚评选揭晓"), true },
        { "titled photo by its photographer", Gold("photo", "春节慰问孤寡老人", ["孟涛"]), Predicted("photo", "图为现场", ["孟涛"]), true },
        { "titled article never by author", Gold("article", "春节慰问孤寡老人", ["孟涛"]), Predicted("article", "图为现场", ["孟涛"]), false },
        { "untitled by author", Gold("photo", authors: ["孟涛"]), Predicted("photo", authors: ["孟涛", "高粮"]), true },
        { "untitled by region", Gold("photo", region: "430105"), Predicted("photo", region: "430105"), true },
        { "untitled without evidence", Gold("photo", authors: ["孟涛"], region: "430105"), Predicted("photo", authors: ["高粮"], region: "430100"), false },
    };

    [Theory]
    [MemberData(nameof(Compatibility))]
    public void Items_are_compatible_by_kind_then_title_or_photographer_or_region(string name, GoldItem gold, PredictedItem predicted, bool expected) =>
        Assert.True(expected == ItemMatcher.Compatible(gold, predicted), name);

    [Fact]
    public void Assignment_maximizes_pairs_where_best_first_would_not()
    {
        // Best-first pairs the untitled photo with the first credit (similarity 1.0) and leaves the titled photo alone.
        GoldItem[] gold = [Gold("photo", authors: ["孟涛"], region: "430105"), Gold("photo", "春节慰问孤寡老人", ["孟涛"])];
        PredictedItem[] predicted = [Predicted("photo", authors: ["孟涛"], region: "430105"), Predicted("photo", region: "430105")];
        Assert.Equal([(0, 1), (1, 0)], ItemMatcher.Align(gold, predicted));
    }

    [Fact]
    public void Equal_candidates_are_matched_in_reading_order()
    {
        GoldItem[] gold = [Gold("photo", authors: ["孟涛"]), Gold("photo", authors: ["孟涛"])];
        PredictedItem[] predicted = [Predicted("photo", authors: ["孟涛"]), Predicted("photo", authors: ["孟涛"])];
        Assert.Equal([(0, 0), (1, 1)], ItemMatcher.Align(gold, predicted));
    }

    [Fact]
    public void Nothing_to_match_gives_no_pairs()
    {
        Assert.Empty(ItemMatcher.Align([], [Predicted("article", "标题")]));
        Assert.Empty(ItemMatcher.Align([Gold("article", "标题")], []));
        Assert.Empty(ItemMatcher.Align([Gold("article", "标题")], [Predicted("article", "完全不同")]));
    }
}
