namespace Platform.Parsing.Tests;

/// <summary>A headline with one comma opening a page without furniture, or with commas and an exclamation over the page meta.</summary>
public sealed class OpeningHeadlineTests
{
    private const string Body = "\n\n青溪报道 为进一步提高创建文明城市的知晓率和参与度,8月11日上午白河社区开展入户宣传行动,组织志愿者清除小广告。";

    [Fact]
    public void Comma_headline_set_apart_above_the_body_is_the_title() =>
        Assert.Equal("同创文明城,幸福进万家", Parsing.Parse("同创文明城,幸福进万家" + Body).Articles.Single().Title);

    [Theory]
    [InlineData("同创文明城,幸福进万家。")]
    [InlineData("一是宣传,二是整治,三是督查")]
    [InlineData("为进一步推动文明城市创建工作走深走实,巩固提升创建成果")]
    public void Sentences_and_long_comma_lines_stay_body(string first) =>
        Assert.Null(Parsing.Parse(first + Body).Articles[0].Title);

    // 阵地, 基地, 各地, 心中: 地 and 中 closing a noun end many headlines; only the bare particle marks a cut line.
    [Theory]
    [InlineData("青川区 深化志愿服务 打造文明实践新阵地")]
    [InlineData("白河镇打造新时代文明实践教育示范基地")]
    [InlineData("志愿服务精神永远铭记在每个人的心中")]
    public void Headline_ending_in_a_place_noun_over_a_dated_meta_line_is_the_title(string headline) =>
        Assert.Equal(headline, Parsing.Parse(headline + "\n\n青川日报 2021-02-24 00:47\n" + Body).Articles.Single().Title);

    [Theory]
    [InlineData("今天,青溪的志愿者这样过节!")]
    [InlineData("青溪营造“你帮我,我帮你”邻里互助氛围")]
    public void Comma_or_exclamation_headline_over_the_page_meta_is_the_title(string headline) =>
        Assert.Equal(headline, Parsing.Parse(headline + "\n青溪 2022-03-05 10:35:38\n" + Body).Articles.Single().Title);

    [Fact]
    public void Quoted_exclamation_over_the_reporter_line_is_the_title()
    {
        var a = Parsing.Parse("“这样的邻里节就该常常办!”\n\n  ■ 青溪日报记者 李明" + Body).Articles.Single();
        Assert.Equal("“这样的邻里节就该常常办!”", a.Title);
        Assert.Equal(["李明"], a.Byline.Authors);
    }

    [Fact]
    public void Sentence_over_the_page_meta_stays_body() =>
        Assert.Null(Parsing.Parse("青溪县组织志愿者清除小广告,居民纷纷点赞。\n青溪 2022-03-05 10:35:38\n" + Body).Articles[0].Title);

    [Fact]
    public void Long_line_ending_on_the_adverbial_particle_stays_body() =>
        Assert.Null(Parsing.Parse("志愿者们走进社区街巷认认真真一丝不苟地" + Body).Articles[0].Title);

    [Theory]
    [InlineData("原标题:青溪县开展“邻里互助”志愿活动", "青溪县开展“邻里互助”志愿活动")]
    [InlineData("原標題:青溪縣開展“鄰里互助”志願活動", "青溪縣開展“鄰里互助”志願活動")]
    public void Original_title_line_as_the_only_headline_gives_the_title(string line, string title)
    {
        var a = Parsing.Parse($"{line}\n青溪网讯(通讯员 孙立)近日,青溪县组织志愿者开展邻里互助活动,居民们纷纷点赞。\n").Articles.Single();
        Assert.Equal(title, a.Title);
        Assert.Equal(["孙立"], a.Byline.Authors);
    }

    [Fact]
    public void Original_title_under_a_headline_stays_page_meta()
    {
        var a = Parsing.Parse("青溪县邻里互助见实效\n\n原标题:青溪县开展“邻里互助”志愿活动\n\n近日,青溪县组织志愿者开展邻里互助活动,居民们纷纷点赞。\n").Articles.Single();
        Assert.Equal("青溪县邻里互助见实效", a.Title);
    }

    [Fact]
    public void Bracketed_line_heading_the_only_story_is_its_title()
    {
        const string text = "【青溪县开展邻里互助志愿活动】\n\n时间:2023-02-09 来源: 青溪县档案馆\n\n2021年,青溪县组织志愿者开展邻里互助活动,居民们纷纷点赞。(王芳)\n";
        var r = Parsing.Parse(text);
        Assert.Equal("青溪县开展邻里互助志愿活动", r.Articles.Single().Title);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Bracketed_column_over_several_stories_stays_a_section()
    {
        var r = Parsing.Parse("【志愿服务】\n\n白河社区开展入户宣传\n\n8月11日上午,白河社区组织志愿者清除小广告,居民们纷纷点赞。\n\n青溪县举办文明讲座\n\n8月12日,青溪县邀请专家为居民讲解文明礼仪,现场座无虚席。\n");
        Assert.DoesNotContain(r.Articles, a => a.Title == "志愿服务");
    }

    [Theory]
    [InlineData("看家乡事,品故乡情\n\n\n")]         // the site's slogan over the headline
    [InlineData("看家乡事 品故乡情\n\n\n")]
    public void Headline_over_its_dated_meta_line_heads_the_story_under_a_line_read_first(string above)
    {
        var text = above + "青溪镇移风易俗进万家\n\n青溪日报 2017-10-11 10:33 大字\n\n" +
                   "今年以来,青溪镇把移风易俗作为精神文明建设的重要内容,开展提倡文明新风系列主题活动,取得了明显成效。\n\n" +
                   "该镇利用文化墙和道德讲堂等平台,开展文艺演出和百姓宣讲等活动。(通讯员王凯)\n";
        var r = Parsing.Parse(text);
        var story = r.Articles.Single(a => a.Title == "青溪镇移风易俗进万家");
        Assert.Equal(["王凯"], story.Byline.Authors);
        Assert.Empty(story.Headings);
        Parsing.AssertNoTextLoss(text, r);
    }
    private const string Lead = "\n完善管理提供暖心服务。白河村完善三个新风堂的管理,推出新风菜单,为村民操办红白喜事提供干净整洁的场所。\n";

    [Theory]
    [InlineData("白河镇:多措并举移风,常态长效易俗")]
    [InlineData("县融媒体中心:发挥媒体优势 助力文明创建")]
    [InlineData("青溪街道:志愿服务暖人心")]
    public void Unit_and_colon_headline_opening_the_page_right_above_its_lead_is_the_title(string headline)
    {
        var text = headline + Lead;
        var r = Parsing.Parse(text);
        Assert.Equal(headline, r.Articles.Single().Title);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("记者:你好,请问白河村的新风堂是怎么管理的")]                      // a speaker, not a unit
    [InlineData("白河镇:多措并举移风,常态长效易俗,全面提升文明程度")]          // two commas: body text
    [InlineData("白河镇:多措并举移风易俗。")]                                        // a sentence
    public void Colon_lines_that_are_no_unit_headline_stay_body(string first) =>
        Assert.Null(Parsing.Parse(first + Lead).Articles[0].Title);
}
