namespace Platform.Parsing.Tests;

/// <summary>A page run onto one line: headline, time stamp with the channel glued to it, then the story.</summary>
public sealed class StampedHeadlineTests
{
    private const string Story = "从去年开展“白河好人”评选以来,我市已有二十三人登上好人榜,入选人数在全省继续领先。 市文明办持续开展“我推荐、我评议身边好人”活动,营造崇德向善的氛围。";

    [Theory]
    [InlineData("我市二十三人荣登“白河好人榜” 2012年1月7日 08:52:44道德建设阅读模式 【白河网】 ")]
    [InlineData("我市二十三人荣登“白河好人榜” 2019-10-12 11:46 道德建设 ")]
    [InlineData("我市二十三人荣登“白河好人榜” 2019/10/12 11:46:05 ")]
    public void Headline_before_the_time_stamp_is_the_title_and_the_story_follows_the_meta(string opening)
    {
        var text = opening + Story;
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal("我市二十三人荣登“白河好人榜”", a.Title);
        Assert.StartsWith("从去年开展", a.Paragraphs[0]);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("好人榜 2012年1月7日 08:52 " + Story)]                            // too short for a headline
    [InlineData("我市评选以来,成绩显著 2012年1月7日 08:52 " + Story)]              // a clause, not a headline
    [InlineData("我市二十三人荣登“白河好人榜” 2012年1月7日 08:52 短讯")]          // no story after the stamp
    [InlineData("我市二十三人荣登“白河好人榜” 2012年1月7日 " + Story)]            // a date without a clock time
    public void Other_lines_are_no_stamped_headline(string line) =>
        Assert.False(StampedHeadline.TryFind(line, out _, out _));
}
