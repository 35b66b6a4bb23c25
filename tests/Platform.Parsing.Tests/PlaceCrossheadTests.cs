namespace Platform.Parsing.Tests;

/// <summary>A round-up's crossheads (a place, a space and a phrase) are sections of its story, not items.</summary>
public sealed class PlaceCrossheadTests
{
    [Theory]
    [InlineData("南岭区 深化志愿服务拉开帷幕", true)]
    [InlineData("青溪县　动手清整社区环境", true)]
    [InlineData("河北区 四个爱心驿站为民服务", true)]
    [InlineData("南岭区深化志愿服务拉开帷幕", false)]        // no space: a headline that opens with its place
    [InlineData("南岭区 志愿者走进社区,为居民服务", false)]   // a clause, not a crosshead
    [InlineData("志愿服务 拉开帷幕", false)]                 // no place
    [InlineData("南岭区 好", false)]                         // too short a phrase
    public void Reads_a_place_crosshead(string title, bool expected) => Assert.Equal(expected, PlaceCrossheads.IsCrosshead(title));

    [Fact]
    public void Crossheads_under_an_unsigned_round_up_are_its_sections()
    {
        const string page = "全市各区学雷锋热情高 志愿服务已常态化\n\n3月5日是学雷锋日,本市各区都开展了丰富多样的学雷锋活动。\n\n" +
            "南岭区 深化志愿服务拉开帷幕\n\n南岭区学雷锋主题实践活动近日拉开帷幕,志愿者走进社区开展服务。\n\n" +
            "西湖区 动手清整社区环境\n\n日前,西湖区各街道开展了学雷锋纪念日系列活动,清整社区环境。\n";
        var r = Parsing.Parse(page);
        var a = Assert.Single(r.Articles);
        Assert.Equal("全市各区学雷锋热情高 志愿服务已常态化", a.Title);
        Assert.Equal(["南岭区 深化志愿服务拉开帷幕", "西湖区 动手清整社区环境"], a.Headings.Select(h => h.Text));
        Assert.Equal(3, a.Paragraphs.Count);
        Parsing.AssertNoTextLoss(page, r);
    }

    [Fact]
    public void Crossheads_with_their_own_leads_stay_items()
    {
        const string page = "工作动态\n\n南岭区 深化志愿服务拉开帷幕\n\n本报讯(李明)南岭区学雷锋主题实践活动近日拉开帷幕。\n\n" +
            "西湖区 动手清整社区环境\n\n本报讯(王芳)日前,西湖区各街道开展了学雷锋纪念日系列活动。\n";
        Assert.Equal(2, Parsing.Parse(page).Articles.Count(a => a.Title is not null && a.Title.Contains(' ')));
    }
}
