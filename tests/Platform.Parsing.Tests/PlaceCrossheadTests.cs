namespace Platform.Parsing.Tests;

/// <summary>A round-up's crossheads (a place, a space and a phrase) are sections of its story, not items.</summary>
public sealed class PlaceCrossheadTests
{
    [Theory]
    [InlineData("南岭区 志愿服务走进楼院", true)]
    [InlineData("青溪县　志愿者清理河道", true)]
    [InlineData("河北区 三个爱心驿站开门迎客", true)]
    [InlineData("南岭区志愿服务走进楼院", false)]        // no space: a headline that opens with its place
    [InlineData("南岭区 志愿者走进社区,为居民服务", false)]   // a clause, not a crosshead
    [InlineData("志愿服务 走进楼院", false)]                 // no place
    [InlineData("南岭区 好", false)]                         // too short a phrase
    public void Reads_a_place_crosshead(string title, bool expected) => Assert.Equal(expected, PlaceCrossheads.IsCrosshead(title));

    [Fact]
    public void Crossheads_under_an_unsigned_round_up_are_its_sections()
    {
        const string page = "全市各区志愿服务热情高 学雷锋蔚然成风\n\n3月5日前后,本市各区组织志愿者走进社区开展服务。\n\n" +
            "南岭区 志愿服务走进楼院\n\n南岭区志愿者近日走进老旧楼院,为居民修理家电。\n\n" +
            "西湖区 清理楼道小广告\n\n日前,西湖区各街道组织志愿者清理楼道里的小广告。\n";
        var r = Parsing.Parse(page);
        var a = Assert.Single(r.Articles);
        Assert.Equal("全市各区志愿服务热情高 学雷锋蔚然成风", a.Title);
        Assert.Equal(["南岭区 志愿服务走进楼院", "西湖区 清理楼道小广告"], a.Headings.Select(h => h.Text));
        Assert.Equal(3, a.Paragraphs.Count);
        Parsing.AssertNoTextLoss(page, r);
    }

    [Fact]
    public void Crossheads_with_their_own_leads_stay_items()
    {
        const string page = "工作动态\n\n南岭区 志愿服务走进楼院\n\n本报讯(李明)南岭区志愿者近日走进老旧楼院。\n\n" +
            "西湖区 清理楼道小广告\n\n本报讯(王芳)日前,西湖区各街道清理楼道小广告。\n";
        Assert.Equal(2, Parsing.Parse(page).Articles.Count(a => a.Title is not null && a.Title.Contains(' ')));
    }
}
