namespace Platform.Parsing.Tests;

/// <summary>An outlet's report line without 讯 or 电: 云上某地报道(…), 某某网消息 (记者 …).</summary>
public sealed class ReportLeadTests
{
    [Theory]
    [InlineData("云上青溪报道(青溪台赵一鸣 钱多多)", new[] { "赵一鸣", "钱多多" })]
    [InlineData("青溪城市网消息 (记者孙立)", new[] { "孙立" })]
    public void Report_lead_gives_the_authors(string lead, string[] authors)
    {
        var a = Parsing.Parse($"青溪县开展志愿服务活动\n\n{lead}近日,青溪县组织志愿者清扫街道。").Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
        Assert.Equal("近日,青溪县组织志愿者清扫街道。", a.Paragraphs[0]);
    }

    [Theory]
    [InlineData("据青溪日报报道(去年)近日,青溪县组织志愿者清扫街道。")]
    [InlineData("相关消息显示,青溪县组织志愿者清扫街道。")]
    public void Citation_of_a_report_is_no_lead(string paragraph) =>
        Assert.Equal(0, DatelineLead.Length(paragraph, out _, out _));

    [Fact]
    public void Lead_after_encoding_junk_gives_the_authors()
    {
        var a = Parsing.Parse("??? 青溪新闻网讯 (孙立)近日,青溪县组织志愿者清扫街道。").Articles.Single();
        Assert.Equal(["孙立"], a.Byline.Authors);
    }
}
