namespace Platform.Parsing.Tests;

/// <summary>某某广电讯(记者 …): an outlet whose name carries no outlet word still opens a lead when its reporters follow.</summary>
public sealed class UnlistedOutletLeadTests
{
    [Theory]
    [InlineData("青溪广电讯(记者 孙立 特约记者 钱多多)", new[] { "孙立", "钱多多" })]
    [InlineData("白河融媒讯(通讯员 赵一鸣)", new[] { "赵一鸣" })]
    public void Outlet_lead_before_reporters_gives_the_authors(string lead, string[] authors)
    {
        var a = Parsing.Parse($"青溪县开展志愿服务活动\n\n{lead}近日,青溪县组织志愿者清扫街道。").Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
        Assert.Equal("近日,青溪县组织志愿者清扫街道。", a.Paragraphs[0]);
    }

    [Theory]
    [InlineData("新闻·产经资讯青溪讯(孙立 钱多多)", new[] { "孙立", "钱多多" })]   // a channel named 资讯 before the lead
    public void Channel_name_before_the_lead_is_no_stop(string lead, string[] authors)
    {
        var a = Parsing.Parse($"{lead}近日,青溪县组织志愿者清扫街道,为居民营造整洁环境。").Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
    }

    // The reporter after the space inside the parenthesis is no lead of its own: the headline above stays the title.
    [Fact]
    public void Reporters_set_apart_by_a_space_inside_the_lead_keep_the_headline()
    {
        var a = Parsing.Parse("您现在的位置:首页 > 新闻 > 正文\n青溪县志愿服务微论坛走进社区\n时间:2022-12-07 19:57:03    来源:    作者:孙立    \n\n" +
            "    青溪通讯社某省讯(特约记者孙立 通讯员钱多多)12月6日,由青溪县文明办主办的志愿服务微论坛走进三个社区,与居民共话文明。\n\n" +
            "    活动现场,一排排整齐的宣传展板对精神文明建设内容进行了宣传展示,每位到场观众还获得了一份伴手礼。").Articles.Single();
        Assert.Equal("青溪县志愿服务微论坛走进社区", a.Title);
        Assert.Contains("孙立", a.Byline.Authors);
    }

    [Theory]
    [InlineData("志愿者们说(笑)近日,青溪县组织志愿者清扫街道。")]
    [InlineData("孙立)近日,青溪县组织志愿者清扫街道。")]                        // a name without a role
    [InlineData("青溪广电讯(去年)近日,青溪县组织志愿者清扫街道。")]        // no reporter in the parenthesis
    [InlineData("青溪县供电所(记者 孙立)近日组织志愿者清扫街道。")]         // no 讯
    [InlineData("据青溪县的一位老通讯员介绍(记者 孙立),街道已清扫。")]
    public void Not_a_lead(string paragraph) => Assert.Equal(0, DatelineLead.Length(paragraph, out _, out _));
}
