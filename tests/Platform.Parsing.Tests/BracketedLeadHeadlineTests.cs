namespace Platform.Parsing.Tests;

/// <summary>A repost whose headline is printed in lenticular brackets at the head of the first paragraph.</summary>
public sealed class BracketedLeadHeadlineTests
{
    private const string Body = "为深入推进文明城市创建工作,5月6日,青溪县明水街道组织志愿者清理辖区卫生死角,劝导不文明行为。\n" +
        "活动中,志愿者还向居民发放了文明城市创建倡议书。\n";

    [Theory]
    [InlineData("【 青溪县|青溪县明水街道开展志愿服务活动助力创城】", "青溪县", "青溪县明水街道开展志愿服务活动助力创城")]
    [InlineData("【青溪县明水街道开展志愿服务活动助力创城】", null, "青溪县明水街道开展志愿服务活动助力创城")]
    [InlineData("【文明实践丨明水街道志愿者清理卫生死角】", "文明实践", "明水街道志愿者清理卫生死角")]
    public void Bracketed_headline_opening_the_first_paragraph_is_the_title(string head, string? kicker, string title)
    {
        var page = "青溪网采访人员 林舟 通讯员 白露\n" + head + Body;
        var r = Parsing.Parse(page);
        var a = r.Articles.Single();
        Assert.Equal((kicker, title), (a.Kicker, a.Title));
        Assert.StartsWith("为深入推进", a.Paragraphs[0]);
        Assert.Equal(["林舟", "白露"], a.Byline.Authors);
        Parsing.AssertNoTextLoss(page, r);
    }

    [Theory]
    [InlineData("【文明实践】")]                          // a column tag, no headline
    [InlineData("【青溪快讯】")]
    [InlineData("【青溪县明水街道开展志愿服务,助力创城】")]   // a clause inside: a quoted passage, not a headline
    public void Short_tag_or_clause_in_brackets_is_no_headline(string head)
    {
        var page = "青溪网采访人员 林舟 通讯员 白露\n" + head + Body;
        var a = Parsing.Parse(page).Articles.Single();
        Assert.Null(a.Title);
    }

    [Fact]
    public void Story_with_its_own_headline_keeps_the_bracket_in_its_text()
    {
        var page = "青溪县开展志愿服务活动\n发布时间:2024-05-06 来源:青溪网\n【青溪县明水街道开展志愿服务活动助力创城】" + Body;
        var a = Parsing.Parse(page).Articles.Single();
        Assert.Equal("青溪县开展志愿服务活动", a.Title);
        Assert.StartsWith("【", a.Paragraphs[0]);
    }
}
