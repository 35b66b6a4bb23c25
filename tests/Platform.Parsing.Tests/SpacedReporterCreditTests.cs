namespace Platform.Parsing.Tests;

/// <summary>本报讯 记者 某某 为…: the reporter named after the lead without parentheses, set off from the text by a space.</summary>
public sealed class SpacedReporterCreditTests
{
    [Theory]
    [InlineData("本报讯 记者 孙立 为丰富社区生活,青溪县组织志愿者清扫街道。", new[] { "孙立" })]
    [InlineData("○本报讯 记者 孙立 钱多多 为丰富社区生活,青溪县组织志愿者清扫街道。", new[] { "孙立", "钱多多" })]
    [InlineData("本報訊 記者 孙立 為豐富社區生活,青溪縣組織志愿者清掃街道。", new[] { "孙立" })]
    [InlineData("本报讯 通讯员 赵一鸣 记者 孙立 近日,青溪县组织志愿者清扫街道。", new[] { "赵一鸣", "孙立" })]
    [InlineData("本报讯 全媒体记者 孙立 为丰富社区生活,青溪县组织志愿者清扫街道。", new[] { "孙立" })]     // a media centre's title
    [InlineData("本报讯 全媒体记者孙立 为丰富社区生活,青溪县组织志愿者清扫街道。", new[] { "孙立" })]       // glued to the name
    [InlineData("本报讯 全媒体记者孙立报道 为丰富社区生活,青溪县组织志愿者清扫街道。", new[] { "孙立" })]   // and to 报道
    [InlineData("本报讯 融媒记者 孙立 钱多多报道 为丰富社区生活,青溪县组织志愿者清扫街道。", new[] { "孙立", "钱多多" })]
    public void Spaced_reporter_after_the_lead_is_the_byline(string paragraph, string[] authors)
    {
        var a = Parsing.Parse($"青溪县开展志愿服务活动\n\n{paragraph}").Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
        Assert.DoesNotContain("记者", a.Paragraphs[0]);
        Assert.DoesNotContain("記者", a.Paragraphs[0]);
    }

    [Theory]
    [InlineData("记者 孙立 为丰富社区生活,青溪县组织志愿者清扫街道。", 6)]
    [InlineData("通讯员 赵一鸣 记者 孙立 近日,青溪县组织志愿者清扫街道。", 14)]
    public void Credit_ends_where_the_text_begins(string rest, int length) =>
        Assert.Equal(length, SpacedReporterCredit.Length(rest, out _));

    [Theory]
    [InlineData("记者从青溪县文明办获悉,青溪县组织志愿者清扫街道。")]    // the reporter is the sentence's subject
    [InlineData("记者 孙立 钱多多")]                                          // names alone: a byline line, read elsewhere
    [InlineData("志愿者 孙立 为丰富社区生活,组织清扫街道。")]               // no reporter's role
    [InlineData("记者 走进青溪县文明实践站 看到志愿者正在清扫街道。")]      // a phrase, not a name
    public void Not_a_spaced_credit(string rest) => Assert.Equal(0, SpacedReporterCredit.Length(rest, out _));
}
