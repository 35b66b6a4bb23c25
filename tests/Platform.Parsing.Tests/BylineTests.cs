using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

public sealed class BylineTests
{
    [Theory]
    [InlineData("本报讯(周钊梁 梁敏婷)近日,活动举行。", new[] { "周钊梁", "梁敏婷" })]
    [InlineData("本报讯（胡文）近日,活动举行。", new[] { "胡文" })]
    [InlineData("本报讯(记者 张三 通讯员 李四)近日,活动举行。", new[] { "张三", "李四" })]
    [InlineData("本报讯(王五、赵六)近日,活动举行。", new[] { "王五", "赵六" })]
    [InlineData("本报讯 记者王五 赵六报道 近日,活动举行。", new[] { "王五", "赵六" })]
    [InlineData("本报讯 记者 李明报道:近日,活动举行。", new[] { "李明" })]
    public void Byline_with_authors_in_newsflash_parens_is_removed_from_the_body(string lead, string[] authors)
    {
        var a = Parsing.Parse("海淀区开展志愿服务活动\n\n" + lead).Articles.Single();
        Assert.Equal(BylineKind.Newsflash, a.Byline.Kind);
        Assert.Equal(authors, a.Byline.Authors);
        Assert.Equal("近日,活动举行。", a.Paragraphs[0]);
        Assert.StartsWith("本报", a.Byline.Raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("巨正措", new[] { "巨正措" }, BylineKind.Author)]
    [InlineData("方文婷 陈磊", new[] { "方文婷", "陈磊" }, BylineKind.Author)]
    [InlineData("津文", new[] { "津文" }, BylineKind.Source)]
    [InlineData("福清文", new[] { "福清文" }, BylineKind.Source)]
    public void Standalone_author_line_under_the_title_is_the_byline(string line, string[] authors, BylineKind kind)
    {
        var a = Parsing.Parse($"全面推进文明城市创建\n\n{line}\n\n近年来,各地积极推进文明城市创建。").Articles.Single();
        Assert.Equal("全面推进文明城市创建", a.Title);
        Assert.Equal(authors, a.Byline.Authors);
        Assert.Equal(kind, a.Byline.Kind);
        Assert.Equal(line, a.Byline.Raw);
    }

    [Theory]
    [InlineData("[记者林小禾/青溪报导]近日,活动举行。", new[] { "林小禾" })]
    [InlineData("〔记者方一舟综合报导〕近日,活动举行。", new[] { "方一舟" })]
    [InlineData("［记者 柯青青 宋远山/东湖报道］近日,活动举行。", new[] { "柯青青", "宋远山" })]
    [InlineData("(记者 林小禾 通讯员 方一舟) 近日,活动举行。", new[] { "林小禾", "方一舟" })]
    [InlineData("(通讯员 柯青青)近日,活动举行。", new[] { "柯青青" })]
    public void Bracketed_reporter_lead_is_the_byline(string lead, string[] authors)
    {
        var a = Parsing.Parse("海淀区开展志愿服务活动\n\n" + lead).Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
        Assert.Equal("近日,活动举行。", a.Paragraphs[0]);
    }

    [Theory]
    [InlineData("青溪社区成立邻里互助队 开展送餐上门活动 〔记者林小禾综合报导〕互助队于5月8日成立。", "青溪社区成立邻里互助队 开展送餐上门活动", "林小禾")]
    public void Headline_and_dateline_lead_on_one_line_are_split(string line, string title, string author)
    {
        var a = Parsing.Parse(line).Articles.Single();
        Assert.Equal(title, a.Title);
        Assert.Equal(new[] { author }, a.Byline.Authors);
        Assert.DoesNotContain("记者", a.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("志愿者们来到社区，为老人义务理发 本报讯记者昨日获悉,活动很受欢迎。")]
    public void A_sentence_before_a_lead_is_not_a_headline(string line) =>
        Assert.Null(Parsing.Parse(line).Articles.Single().Title);

    [Theory]
    [InlineData("(某某日报 记者 宋远山)", new[] { "宋远山" })]
    [InlineData("(某某日报记者 宋远山)", new[] { "宋远山" })]
    [InlineData("(某某晚报 通讯员 柯青青 方一舟)", new[] { "柯青青", "方一舟" })]
    [InlineData("(某某都市报 宋远山)", new[] { "宋远山" })]
    public void Outlet_and_role_closing_the_story_give_its_reporters(string byline, string[] authors)
    {
        var a = Parsing.Parse("老党员巡河十二年\n\n7月3日清晨,记者在青溪河堤上看到,几名老党员正沿河巡查水面漂浮物。" + byline).Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
        Assert.Null(a.Byline.Organization); // a source outlet is no organization
    }

    [Fact]
    public void Outlet_crediting_its_photographers_under_a_picture_caption_gives_a_photo_by_them()
    {
        var a = Parsing.Parse("青溪河畔文明行动\n\n11月9日下午,青溪市“周五文明行动”全面展开。图为志愿者在河岸边捡拾垃圾。\n\n" +
            "(某某都市报 通讯员 柯青青 记者 宋远山 摄)\n").Articles.Single();
        Assert.Equal((ArticleKind.Photo, null, "柯青青 宋远山"), (a.Kind, a.Byline.Organization, string.Join(" ", a.Byline.Authors)));
    }

    [Theory]
    [InlineData("。\n(青溪区委文明办 林小禾)", "青溪区委文明办", new[] { "林小禾" })]              // on a line of its own under the story
    [InlineData("。\n  (青溪区委宣传部 林小禾 方一舟)", "青溪区委宣传部", new[] { "林小禾", "方一舟" })]
    [InlineData("。(青溪区委文明办 林小禾、方一舟)", "青溪区委文明办", new[] { "林小禾", "方一舟" })] // closing the last sentence
    public void Supplying_unit_and_its_writers_closing_the_story_are_organization_and_authors(string ending, string unit, string[] authors)
    {
        var r = Parsing.Parse("青溪网1月4日讯 青溪区开展“最美创城人”评选活动,决定授予十名同志称号。\n活动于去年5月开展,顺利完成评选工作" + ending);
        var a = r.Articles.Single();
        Assert.Equal(unit, a.Byline.Organization);
        Assert.Equal(authors, a.Byline.Authors);
    }

    [Theory]
    [InlineData("\n青溪市文体旅广局 林小禾\n", "青溪市文体旅广局", new[] { "林小禾" })]   // bare, closing the page
    [InlineData("\n\n供稿:青溪街道 方一舟\n", "青溪街道", new[] { "方一舟" })]            // a 供稿 field
    public void Unit_and_writer_printed_without_parentheses_are_organization_and_authors(string ending, string unit, string[] authors)
    {
        var r = Parsing.Parse("青溪区召开联席会全力推进创文工作\n近日,青溪区社会环境综合整治分指挥部召开联席会,全区26家责任单位参加。" + ending);
        var a = r.Articles.Single();
        Assert.Equal(unit, a.Byline.Organization);
        Assert.Equal(authors, a.Byline.Authors);
    }

    [Fact]
    public void Unit_and_person_lines_inside_a_page_stay_text()
    {
        var r = Parsing.Parse("青溪区表彰文明家庭\n近日,青溪区表彰了一批文明家庭。\n青溪街道 林小禾\n白河镇 方一舟\n他们的事迹在全区广为传颂。");
        Assert.Null(r.Articles.Single().Byline.Organization);
    }

    [Fact]
    public void Picture_source_in_parentheses_is_no_organization_and_keeps_the_story_whole()
    {
        const string page = "青溪义工结对独居老人\n义工为老人测量血压。(图/青溪社区提供)\n" +
                            "[记者林小禾/青溪报导]20名义工与青溪社区的独居老人结成对子,定期上门陪护。\n" +
                            "结对活动已坚持三年。\n义工还帮老人整理了院子。(图/青溪社区提供)";
        var a = Parsing.Parse(page).Articles.Single();
        Assert.Equal(new[] { "林小禾" }, a.Byline.Authors);
        Assert.Null(a.Byline.Organization);
    }

    [Theory]
    [InlineData("本报记者 林小禾", new[] { "林小禾" })]
    [InlineData("本报记者方一舟", new[] { "方一舟" })]
    [InlineData("晚报记者柯青青 通讯员宋远山", new[] { "柯青青", "宋远山" })]
    [InlineData("华东区: 林小禾 报道", new[] { "林小禾" })]
    [InlineData("西北片区:方一舟 报道", new[] { "方一舟" })]
    [InlineData("林小禾", new[] { "林小禾" })]                  // a full name alone opening the page
    [InlineData("柯青青 宋远山", new[] { "柯青青", "宋远山" })]
    public void Reporter_line_over_the_body_of_a_page_without_headline_is_the_byline(string line, string[] authors)
    {
        var a = Parsing.Parse($"{line}\n近日,青溪街道举办了一场读书分享会。居民们轮流讲述自己喜爱的书。").Articles.Single();
        Assert.Null(a.Title);
        Assert.Equal(authors, a.Byline.Authors);
    }

    [Fact]
    public void A_full_name_over_a_profile_naming_that_person_is_the_headline()
    {
        var a = Parsing.Parse("林小禾\n林小禾,女,1965年生,青溪县青溪镇人,三十年如一日照料瘫痪的婆婆。").Articles.Single();
        Assert.Equal("林小禾", a.Title);
        Assert.Empty(a.Byline.Authors);
    }

    [Theory]
    [InlineData("□记者 林小禾", new[] { "林小禾" })]
    [InlineData("记者 方一舟 通讯员 柯青青", new[] { "方一舟", "柯青青" })]
    public void Reporter_line_between_headline_and_dateline_lead_is_the_byline(string line, string[] authors)
    {
        var a = Parsing.Parse($"小小驿站 大大温暖\n\n{line}\n\n本报讯 “这里的书真多。”\n\n6月2日,记者走进青溪社区文明实践站。").Articles.Single();
        Assert.Equal("小小驿站大大温暖", Parsing.Key(a.Title));
        Assert.Equal(authors, a.Byline.Authors);
    }

    [Fact]
    public void A_page_copied_twice_repeats_its_reporter_line_without_a_second_story()
    {
        const string copy = "本报记者 林小禾\n昨日上午,志愿者在青溪路口引导行人文明过街。\n";
        Assert.Single(Parsing.Parse(copy + copy).Articles);
    }

    [Theory]
    [InlineData("(海淀区文明办)", "海淀区文明办")]
    [InlineData("（乐山市委宣传部供稿）", "乐山市委宣传部")]
    [InlineData("(朝阳区志愿服务中心)", "朝阳区志愿服务中心")]
    [InlineData("(团 委)", "团委")]
    [InlineData("（宣 传 部）", "宣传部")]
    [InlineData("(某某县委文明办/文)", "某某县委文明办")]
    public void Trailing_organization_line_is_the_byline_and_closes_the_article(string line, string organization)
    {
        var r = Parsing.Parse($"海淀区开展志愿服务活动\n\n近日,海淀区开展志愿服务活动。\n{line}\n\n朝阳区开展文明实践\n\n近日,朝阳区开展文明实践活动。");
        Assert.Equal(2, r.Articles.Count);
        Assert.Equal(organization, r.Articles[0].Byline.Organization);
        Assert.Empty(r.Articles[0].Byline.Authors);
        Assert.Equal(BylineKind.Organization, r.Articles[0].Byline.Kind);
        Assert.Equal("朝阳区开展文明实践", r.Articles[1].Title);
    }

    [Theory]
    [InlineData("为全市高质量发展提供动力。 (某某县委文明办/文)", "某某县委文明办")]
    [InlineData("为全市高质量发展提供动力。(林小禾/文)", null)]
    [InlineData("为全市高质量发展提供动力。(某某市委文明办 某某新闻网)", "某某市委文明办")] // the outlet that carried it is no organization
    public void Organization_signed_as_writer_closes_the_last_paragraph(string paragraph, string? organization)
    {
        var a = Parsing.Parse("某县开展志愿服务活动\n\n" + paragraph).Articles.Single();
        Assert.Equal(organization, a.Byline.Organization);
    }

    [Theory]
    [InlineData("居民们纷纷为邻里节点赞。(青溪街社区 韩立新)", "青溪街社区", "韩立新")]
    [InlineData("志愿者们的身影遍布大街小巷。(来源:青溪县委宣传部 李明)", "青溪县委宣传部", "李明")]
    [InlineData("全镇将全力以赴做好复检工作。(白河镇:林小禾)", "白河镇", "林小禾")]           // the unit and its writer parted by a colon
    public void Unit_and_person_closing_the_story_are_its_organization_and_author(string paragraph, string organization, string author)
    {
        var a = Parsing.Parse("某县开展志愿服务活动\n\n近日,某县开展志愿服务活动。\n\n" + paragraph).Articles.Single();
        Assert.Equal(organization, a.Byline.Organization);
        Assert.Equal([author], a.Byline.Authors);
    }

    [Theory]
    [InlineData("凝聚起共建美好家园的强大力量。 林小禾", new[] { "林小禾" })]
    [InlineData("凝聚起共建美好家园的强大力量。 共同努力", new string[0])]
    [InlineData("凝聚起共建美好家园的强大力量。林小禾", new string[0])]
    public void Last_story_signed_by_a_name_after_its_last_sentence(string paragraph, string[] authors)
    {
        var a = Parsing.Parse("近日,某区开展新时代文明实践志愿服务活动,志愿者走进社区为居民提供服务。\n\n" + paragraph).Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
    }

    [Fact]
    public void Organization_in_parentheses_at_the_end_of_the_last_paragraph_is_split_off()
    {
        var a = Parsing.Parse("念好精神扶贫“三字经”\n\n——乐山市多措并举\n\n为全市高质量脱贫提供强大动力。(乐山市委宣传部供稿)").Articles.Single();
        Assert.Equal("乐山市委宣传部", a.Byline.Organization);
        Assert.Equal("(乐山市委宣传部供稿)", a.Byline.Raw);
        Assert.Equal("为全市高质量脱贫提供强大动力。", a.Paragraphs.Single());
    }

    [Fact]
    public void Parenthetical_inside_a_sentence_is_not_an_organization()
    {
        var a = Parsing.Parse("海淀区开展志愿服务活动\n\n近日,共青团海淀区委员会(以下简称团区委)开展活动。").Articles.Single();
        Assert.Null(a.Byline.Organization);
    }

    [Theory]
    [InlineData("大同市平城区: 新时代文明实践助力文明创建 薛克", "大同市平城区: 新时代文明实践助力文明创建", "薛克")]
    [InlineData("朝阳区：志愿服务温暖社区 王小明", "朝阳区：志愿服务温暖社区", "王小明")]
    public void Title_and_byline_on_one_line_are_split(string line, string title, string author)
    {
        var a = Parsing.Parse($"{line}\n\n近年来,各地积极推进文明实践。").Articles.Single();
        Assert.Equal(title, a.Title);
        Assert.Equal([author], a.Byline.Authors);
    }

    [Fact]
    public void Title_ending_in_a_short_phrase_keeps_it_when_a_newsflash_follows()
    {
        var a = Parsing.Parse("湖北襄阳市 开展《条例》 执法检查\n\n本报讯(周娜)近日,活动举行。").Articles.Single();
        Assert.Equal("湖北襄阳市 开展《条例》 执法检查", a.Title);
        Assert.Equal(["周娜"], a.Byline.Authors);
    }

    [Theory]
    [InlineData("——上海市徐汇区文明办主任周晨蔚", new[] { "周晨蔚" }, "上海市徐汇区文明办")]
    [InlineData("——市民张三", new[] { "张三" }, null)]
    [InlineData("——李四", new[] { "李四" }, null)]
    public void Quote_box_sign_off_names_the_speaker(string signoff, string[] authors, string? organization)
    {
        var a = Parsing.Parse($"近年来,最美人物成为了文明建设的最佳代言人。\n\n{signoff}").Articles.Single();
        Assert.Equal(ArticleKind.Quote, a.Kind);
        Assert.Equal(BylineKind.Signoff, a.Byline.Kind);
        Assert.Equal(authors, a.Byline.Authors);
        Assert.Equal(organization, a.Byline.Organization);
        Assert.Null(a.Title);
        Assert.Empty(a.Flags);
    }

    [Theory]
    [InlineData("(青溪发布 孙立)", new[] { "孙立" })]
    [InlineData("(白石县发布 孙立 钱多多)", new[] { "孙立", "钱多多" })]
    public void Local_news_account_before_the_author_is_the_source_not_a_name(string credit, string[] authors)
    {
        var a = Parsing.Parse($"青溪县开展志愿服务活动\n\n近日,青溪县组织志愿者清扫街道,居民们纷纷点赞。{credit}\n").Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
        Assert.Equal("近日,青溪县组织志愿者清扫街道,居民们纷纷点赞。", a.Paragraphs[^1]);
    }

    private const string RoundupTop = "青溪文明网记者 李明\n第一面锦旗、第一届村晚……这一年,各县有太多的第一值得记住。\n";

    [Fact]
    public void Sections_closed_by_a_sourced_credit_under_a_roundup_byline_are_the_contributors_items()
    {
        var text = RoundupTop + "一月\n白河县 第一面锦旗\n1月5日,王女士将一面锦旗送到了白河县派出所。(稿源:青溪文明网 通讯员 王芳 张强)\n" +
            "二月\n东湖县 第一届村晚\n2月7日,东湖县罗家村广场上千名观众观看了村晚。(稿源:青溪文明网 通讯员 赵刚)\n";
        var r = Parsing.Parse(text);
        Assert.Equal([null, "白河县 第一面锦旗", "东湖县 第一届村晚"], r.Articles.Select(a => a.Title));
        Assert.Equal(["李明"], r.Articles[0].Byline.Authors);
        Assert.Equal(["王芳", "张强"], r.Articles[1].Byline.Authors);
        Assert.Equal("一月", r.Articles[1].Kicker);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("(稿源:青溪文明网 通讯员 李明)", new[] { "李明" })]         // the writer again
    [InlineData("(来源:青溪日报 记者 王芳)", new[] { "李明" })]             // a repost's original, not a contribution
    public void A_closing_credit_that_is_no_contribution_cuts_nothing(string credit, string[] authors)
    {
        var a = Parsing.Parse(RoundupTop + "一面锦旗的故事\n1月5日,王女士将一面锦旗送到了白河县派出所。" + credit + "\n").Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
        Assert.Equal(2, a.Paragraphs.Count);
    }
}
