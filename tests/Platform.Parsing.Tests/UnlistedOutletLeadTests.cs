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
    [InlineData("青溪广电讯(去年)近日,青溪县组织志愿者清扫街道。")]        // no reporter in the parenthesis
    [InlineData("青溪县供电所(记者 孙立)近日组织志愿者清扫街道。")]         // no 讯
    [InlineData("据青溪县的一位老通讯员介绍(记者 孙立),街道已清扫。")]
    public void Not_a_lead(string paragraph) => Assert.Equal(0, DatelineLead.Length(paragraph, out _, out _));
}
