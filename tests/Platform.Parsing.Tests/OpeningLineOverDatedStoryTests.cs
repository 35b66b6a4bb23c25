using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>A short unsigned sentence opening the page above an untitled dated story is that story's, not an item.</summary>
public sealed class OpeningLineOverDatedStoryTests
{
    private const string Story = "青溪网讯(记者 孙立 通讯员 钱多多)10月17日晚,青溪县白河乡文化礼堂广场上人头攒动,首场新时代文明实践流动集市在此举办。\n" +
                                 "活动现场,志愿服务摊位连成一片,为群众提供政策宣讲、健康义诊、法律咨询等服务。";

    [Theory]
    [InlineData("志愿者在文化礼堂广场为村民义诊。")]
    [InlineData("他们的梦想是要让这座小岛成为“零废弃”岛。")]
    public void Opening_line_goes_into_the_dated_story(string line)
    {
        var a = Parsing.Parse($"发布日期:2024-11-10 23:25 点击次数:111\n{line}\n{Story}").Articles.Single();
        Assert.Equal(["孙立", "钱多多"], a.Byline.Authors);
        Assert.Equal(line, a.Paragraphs[0]);
    }

    [Theory]
    [InlineData(BylineKind.Author)]       // signed by a names line, no dateline lead
    [InlineData(BylineKind.None)]
    public void Story_without_dateline_lead_is_left_alone(BylineKind kind)
    {
        var line = new DraftItem();
        line.Paragraphs.Add("志愿者在文化礼堂广场为村民义诊。");
        var story = new DraftItem { BylineKind = kind };
        if (kind != BylineKind.None) story.Authors.Add("孙立");
        story.Paragraphs.Add("10月17日晚,青溪县白河乡文化礼堂广场上人头攒动,首场新时代文明实践流动集市在此举办。");
        var items = new List<DraftItem> { line, story };
        OpeningLineOverDatedStory.Fold(items);
        Assert.Equal(2, items.Count);
    }
    [Theory]
    [InlineData("江南甲市、乙县等四地入选省级文明城市")]
    [InlineData("青溪、白河两县获评文明县城")]
    public void Headline_read_as_body_over_a_titled_dated_story_is_its_headline_and_the_title_its_deck(string headline)
    {
        var text = $"{headline}\n  •\n\n江南“文明城市”增至五个\n\n{Story}";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal((headline, "江南“文明城市”增至五个"), (a.Title, a.Subtitle));
        Assert.Equal(["孙立", "钱多多"], a.Byline.Authors);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("青溪、白河两县获评文明县城,群众纷纷点赞")]   // a clause with a comma: body text
    [InlineData("青溪、白河两县获评文明县城。")]                // a sentence
    public void Opening_clause_or_sentence_over_a_titled_dated_story_stays_apart(string first)
    {
        var line = new DraftItem();
        line.Paragraphs.Add(first);
        var story = new DraftItem { Title = "江南“文明城市”增至五个", BylineKind = BylineKind.Newsflash };
        story.Authors.Add("孙立");
        story.Paragraphs.Add("10月17日晚,青溪县白河乡文化礼堂广场上人头攒动,首场新时代文明实践流动集市在此举办。");
        var items = new List<DraftItem> { line, story };
        OpeningLineOverDatedStory.Fold(items);
        Assert.Equal(2, items.Count);
        Assert.Equal("江南“文明城市”增至五个", items[1].Title);
    }
}
