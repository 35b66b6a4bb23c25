namespace Platform.Parsing.Tests;

/// <summary>A byline line that names the outlet before the role: 某报·某客户端记者 某某, 某网通讯员 某某 摄影报道.</summary>
public sealed class OutletRoleBylineTests
{
    private const string Body = "近日,青溪县组织志愿者清扫街道,大家分工合作,把主要街巷的垃圾和杂物清理得干干净净,还为沿街商户讲解垃圾分类的办法,居民们纷纷点赞。";

    [Theory]
    [InlineData("青溪日报·新青溪客户端记者 孙立", new[] { "孙立" })]
    [InlineData("青溪日报记者 孙立", new[] { "孙立" })]
    public void Outlet_joined_by_a_middle_dot_before_the_role_is_dropped(string byline, string[] authors)
    {
        var a = Parsing.Parse($"青溪县开展志愿服务活动\n\n{byline}\n\n{Body}\n\n活动持续了一整天。").Articles.Single();
        Assert.Equal("青溪县开展志愿服务活动", a.Title);
        Assert.Equal(authors, a.Byline.Authors);
    }

    [Theory]
    [InlineData("新青溪·每日青溪网通讯员 孙立 钱多多 摄影报道", new[] { "孙立", "钱多多" })]
    [InlineData("青溪日报记者 赵一鸣 摄影报道", new[] { "赵一鸣" })]
    public void Reporters_photo_report_credit_opening_a_story_is_its_byline(string credit, string[] authors)
    {
        var a = Parsing.Parse($"{credit}\n{Body}\n活动持续了一整天,志愿者们还为行动不便的老人送去了春联和福字。").Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void Photo_report_credits_between_one_line_captions_stay_with_their_photos()
    {
        var r = Parsing.Parse("青溪县志愿者在社区清扫街道。\n\n孙 立 钱多多摄影报道\n\n白石镇的书法家为村民写春联。\n\n赵一鸣 周 敏摄影报道\n");
        Assert.All(r.Articles, a => Assert.Equal(2, a.Byline.Authors.Count));
    }

    [Fact]
    public void Credits_block_under_a_production_line_gives_the_correspondent()
    {
        var a = Parsing.Parse($"{Body}\n活动持续了一整天。\n青溪日报新媒体出品\n通讯员|孙立 编辑|钱多多\n").Articles.Single();
        Assert.Equal(["孙立"], a.Byline.Authors);
    }
}
