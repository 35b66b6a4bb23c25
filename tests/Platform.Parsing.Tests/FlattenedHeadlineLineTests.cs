using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>A page copied flat onto one line: headline, posting time, then the rest.</summary>
public sealed class FlattenedHeadlineLineTests
{
    private const string Rest = "从2018年开展“身边好人”评选以来,青溪县已有十二人荣登“中国好人榜”,入选人数在全市继续领先。 县文明办持续开展推荐评议活动,营造了学习好人的浓厚氛围。";

    [Theory]
    [InlineData("青溪县已有十二人荣登“中国好人榜” 2019年1月7日 08:52:44道德建设 【青溪网】 ", "2019年1月7日 08:52:44")]
    [InlineData("青溪县已有十二人荣登“中国好人榜”  2019年01月07日 08:52 ", "2019年01月07日 08:52")]
    [InlineData("青溪县已有十二人荣登“中国好人榜” 2019-01-07 08:52 道德建设 ", "2019-01-07 08:52")]      // a numeric date
    [InlineData("青溪县已有十二人荣登“中国好人榜” 2019/1/7 08:52:44 ", "2019/1/7 08:52:44")]
    public void Run_before_the_time_stamp_is_the_headline(string head, string stamp)
    {
        var page = head + Rest;
        var r = Parsing.Parse(page);
        var a = r.Articles.Single();
        Assert.Equal("青溪县已有十二人荣登“中国好人榜”", a.Title);
        Assert.Contains(r.Bulletin.Discarded, d => d.Text == stamp && d.Reason == DiscardReasons.DateLine);
        Parsing.AssertNoTextLoss(page, r);
    }

    [Theory]
    [InlineData("近日,青溪县召开会议 2019年1月7日 08:52:44")]     // a clause before the stamp: body, not a headline
    [InlineData("青溪县已有十二人荣登好人榜 2019年1月7日")]         // a date without a clock
    public void Line_that_does_not_open_with_a_headline_and_a_stamp_is_left_alone(string head)
    {
        var page = head + Rest;
        Assert.Null(Parsing.Parse(page).Articles.Single().Title);
    }
}
