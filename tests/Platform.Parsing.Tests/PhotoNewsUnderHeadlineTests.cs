using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

public sealed class PhotoNewsUnderHeadlineTests
{
    private const string Headline = "广场垃圾很“刺眼”\n\n";
    private const string Credit = "\n\n记者 林小禾摄\n";

    [Theory]
    [InlineData("16日,青溪广场引来众多市民休闲。\n\n市民们随手扔下瓜子壳、纸巾和竹签,很煞风景。\n\n广场是大家的休闲场地,每个市民都应该爱护她。")]
    [InlineData("16日,青溪广场引来众多市民休闲。\n\n市民们随手扔下瓜子壳、纸巾和竹签,很煞风景。\n\n广场是大家的休闲场地,每个市民都应该爱护她,不要因为随意的行为,弄脏了她的“容颜”。")] // the last line read as a caption first
    public void A_headline_over_caption_length_lines_and_one_credit_is_one_photo_by_that_photographer(string lines)
    {
        var text = Headline + lines + Credit;
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal((ArticleKind.Photo, "广场垃圾很“刺眼”", 3), (a.Kind, a.Title, a.Paragraphs.Count));
        Assert.Equal(["林小禾"], a.Byline.Authors);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void A_story_with_a_full_length_paragraph_is_not_photo_news()
    {
        var text = Headline + "16日,青溪广场引来众多市民休闲。市民们边玩边吃着零食,随手扔下瓜子壳、纸巾、方便餐盒和烧烤竹签等垃圾,很煞风景,也给保洁员增添了不少负担。\n\n" +
                   "广场上的保洁员正在清扫。" + Credit;
        var story = Parsing.Parse(text).Articles[0];
        Assert.Equal(ArticleKind.Article, story.Kind);
        Assert.Empty(story.Byline.Authors);
    }
}
