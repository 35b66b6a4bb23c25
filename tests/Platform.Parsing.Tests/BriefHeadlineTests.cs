namespace Platform.Parsing.Tests;

/// <summary>In a typeset bulletin of unsigned briefs, a headline-long line after a brief's text heads the next brief.</summary>
public sealed class BriefHeadlineTests
{
    private const string Masthead = "创文简报\n第九期\n(总第十六期)\n青溪区创建全国文明城市办公室编印 2014年7月3日\n【创文动态】\n";

    [Fact]
    public void Headline_long_line_after_a_brief_starts_the_next_brief()
    {
        var items = Parsing.Parse(Masthead +
            "市创文督查组对我区开展创文公益广告宣传实地检查\n近日,市创文办督查组对我区开展公益广告工作进行检查。\n督查组对我区的公益宣传工作给予了充分肯定。\n" +
            "白河世家小区举行创建文明示范小区启动仪式\n为促进创建全国文明城市工作的开展,区文明办在白河世家小区创建文明示范小区。").Articles;
        Assert.Equal(["市创文督查组对我区开展创文公益广告宣传实地检查", "白河世家小区举行创建文明示范小区启动仪式"], items.Select(a => a.Title));
    }

    [Fact]
    public void Short_crosshead_stays_in_the_brief()
    {
        var a = Parsing.Parse(Masthead +
            "市创文督查组对我区开展创文公益广告宣传实地检查\n近日,市创文办督查组对我区开展公益广告工作进行检查。\n" +
            "整改意见\n督查组对部分社区宣传栏内容未及时更新等问题提出了整改意见。").Articles.Single();
        Assert.Contains(a.Headings, h => h.Text == "整改意见");
    }
}
