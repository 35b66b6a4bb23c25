using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>An outlet's report line without 讯 or 电: 云上某地报道(…), 某某网消息 (记者 …).</summary>
public sealed class ReportLeadTests
{
    [Theory]
    [InlineData("云上青溪报道(青溪台赵一鸣 钱多多)", new[] { "赵一鸣", "钱多多" })]
    [InlineData("青溪城市网消息 (记者孙立)", new[] { "孙立" })]
    [InlineData("新青溪客户端、青溪网、青溪都市报6月28日消息(记者 孙立)", new[] { "孙立" })] // listed outlets and the day
    [InlineData("据青溪日报白河县报道(青溪日报通讯员赵一鸣 钱多多)", new[] { "赵一鸣", "钱多多" })] // a relayed paper's byline
    [InlineData("青溪网9月14日讯 据青溪日报白河县报道(新青溪·青溪日报通讯员赵一鸣 钱多多)", new[] { "赵一鸣", "钱多多" })] // after the site's lead
    [InlineData("云上青溪报道:(通讯员 赵一鸣)", new[] { "赵一鸣" })]                 // a colon before the byline
    [InlineData("青溪融媒(通讯员 钱多多)", new[] { "钱多多" })]                       // an outlet and its byline, no 讯
    [InlineData("青溪网络台(记者 孙立)", new[] { "孙立" })]
    public void Report_lead_gives_the_authors(string lead, string[] authors)
    {
        var a = Parsing.Parse($"青溪县开展志愿服务活动\n\n{lead}近日,青溪县组织志愿者清扫街道。").Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
        Assert.Equal("近日,青溪县组织志愿者清扫街道。", a.Paragraphs[0]);
    }

    [Theory]
    [InlineData("据青溪日报报道(去年)近日,青溪县组织志愿者清扫街道。")]
    [InlineData("据青溪日报报道(孙立等人)近日,青溪县组织志愿者清扫街道。")]   // no reporter's role in the parenthesis
    [InlineData("相关消息显示,青溪县组织志愿者清扫街道。")]
    [InlineData("6月28日消息传来,青溪县组织志愿者清扫街道。")]
    [InlineData("青溪融媒(今年)近日,青溪县组织志愿者清扫街道。")]                // no reporter in the parenthesis
    [InlineData("青溪县志愿者(孙立、钱多多)近日清扫了街道。")]                    // no outlet before it
    [InlineData("志愿者孙立 钱多多)近日清扫了街道。")]                            // a cut parenthesis without a reporter's role
    public void Citation_of_a_report_is_no_lead(string paragraph) =>
        Assert.Equal(0, DatelineLead.Length(paragraph, out _, out _));

    [Theory]
    [InlineData("青溪网记者 孙立)9月18日,青溪县组织志愿者清扫街道。", new[] { "孙立" })]
    [InlineData("记者 孙立 通讯员 钱多多)9月18日,青溪县组织志愿者清扫街道。", new[] { "孙立", "钱多多" })]
    public void Page_copied_from_inside_its_lead_keeps_the_reporters_before_the_closing_parenthesis(string paragraph, string[] authors)
    {
        var a = Parsing.Parse(paragraph).Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
        Assert.StartsWith("9月18日", a.Paragraphs[0]);
    }

    [Fact]
    public void Question_marks_left_of_a_lost_indent_are_set_aside_and_the_headline_stays()
    {
        const string text = "????青溪区第三届寻找“最美家庭”活动启动\n????青溪信息港讯 记者林小禾 通讯员方一舟 家庭是社会的基本细胞。近日,寻找“最美家庭”活动正式启动。\n" +
                            "????启动仪式上,社区代表分享了自家的家风故事。\n";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal("青溪区第三届寻找“最美家庭”活动启动", a.Title);
        Assert.Equal(["林小禾", "方一舟"], a.Byline.Authors);
        Assert.Equal(3, r.Bulletin.Discarded.Count(d => d.Text == "????" && d.Reason == DiscardReasons.Stray));
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Lead_after_encoding_junk_gives_the_authors()
    {
        var a = Parsing.Parse("??? 青溪新闻网讯 (孙立)近日,青溪县组织志愿者清扫街道。").Articles.Single();
        Assert.Equal(["孙立"], a.Byline.Authors);
    }

    [Theory]
    [InlineData("青溪网(青溪日报网)讯(通讯员 孙立  钱多多)", new[] { "孙立", "钱多多" })]
    [InlineData("青溪網(青溪日報網)訊(通訊員 孙立  钱多多)", new[] { "孙立", "钱多多" })]
    [InlineData("青溪晚报、青溪财经网(m.qxcj.cn)、掌中青溪讯(赵一鸣)", new[] { "赵一鸣" })]
    public void Lead_after_listed_or_glossed_outlets_gives_the_authors(string lead, string[] authors)
    {
        var a = Parsing.Parse($"青溪县开展志愿服务活动\n\n{lead}近日,青溪县组织志愿者清扫街道。").Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
    }

    [Theory]
    [InlineData("由青溪日报、青溪通讯社、中央电视台等媒体联合举办的活动已连续三年。")]
    [InlineData("社区、电力部门和志愿者一起清扫街道。")]
    [InlineData("新闻资讯-文化动态")]                 // a channel of the site
    [InlineData("青溪资讯 近日,青溪县组织志愿者清扫街道。")]
    public void Sentence_naming_outlets_is_no_lead(string paragraph) =>
        Assert.Equal(0, DatelineLead.Length(paragraph, out _, out _));
}
