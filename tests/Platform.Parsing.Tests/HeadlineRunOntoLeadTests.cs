namespace Platform.Parsing.Tests;

/// <summary>A page run onto one line: the headline stands before the dateline lead, sometimes printed twice (page title and headline).</summary>
public sealed class HeadlineRunOntoLeadTests
{
    private const string Lead = "青溪网白河7月27日讯(通讯员 孙立)7月26日上午,白河镇成立“美丽白河”志愿服务队,开展清洁家园活动。 当天,志愿者们在道路两侧清理垃圾。";

    [Theory]
    [InlineData("开展志愿服务活动 ")]
    [InlineData("开展志愿服务活动 开展志愿服务活动 ")]   // the page's title and the headline, one after the other
    [InlineData("开展志愿服务活动\u3000")]
    public void Headline_before_the_lead_on_the_same_line_is_the_title(string head)
    {
        var text = head + Lead;
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(("开展志愿服务活动", "孙立"), (a.Title, string.Join(" ", a.Byline.Authors)));
        Assert.StartsWith("7月26日上午", a.Paragraphs[0]);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("本报讯 (记者 孙立)7月26日上午,白河镇成立志愿服务队,开展清洁家园活动。")]    // the lead's own space
    [InlineData("白河镇 青溪网讯(通讯员 孙立)7月26日上午,白河镇成立志愿服务队,开展清洁家园活动。")] // a place too short for a headline
    [InlineData("青溪日报 青溪网讯(通讯员 孙立)7月26日上午,白河镇成立志愿服务队,开展清洁家园活动。")] // an outlet
    public void Other_words_before_a_lead_make_no_headline(string line) =>
        Assert.Null(Parsing.Parse(line).Articles.Single().Title);

    [Fact]
    public void Second_lead_under_a_titled_story_starts_no_headline()
    {
        var a = Parsing.Parse("白河镇成立志愿服务队\n\n开展志愿服务活动 " + Lead).Articles;
        Assert.Equal("白河镇成立志愿服务队", a[0].Title);
    }
}
