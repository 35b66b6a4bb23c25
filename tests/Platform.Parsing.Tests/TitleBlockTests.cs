using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

public sealed class TitleBlockTests
{
    [Theory]
    [InlineData("天津市\n北辰区充分发挥精神文明建设\n在疫情防控中的作用", "天津市北辰区充分发挥精神文明建设在疫情防控中的作用")]
    [InlineData("青海同仁县\n\n“五个精准”\n助推全面打赢脱贫攻坚战", "青海同仁县“五个精准”助推全面打赢脱贫攻坚战")]
    [InlineData("湖南长沙开福区：好人战疫 筑起“平安墙”", "湖南长沙开福区：好人战疫 筑起“平安墙”")]
    [InlineData("青海格尔木市:厚植道德沃土 树立重德新风尚", "青海格尔木市:厚植道德沃土 树立重德新风尚")]
    public void Title_broken_over_lines_is_joined_and_keeps_printed_colons_and_spaces(string block, string title)
    {
        var a = Parsing.Parse(block + "\n\n本报讯(张三)近日,活动举行。").Articles.Single();
        Assert.Equal(title, a.Title);
        Assert.Null(a.Kicker);
    }

    [Theory]
    [InlineData("青溪县明水镇\n\n邻里守望 温情满村", "青溪县明水镇", "邻里守望 温情满村", null)]
    [InlineData("青溪县明水镇\n邻里守望 温情满村", "青溪县明水镇", "邻里守望 温情满村", null)]
    [InlineData("青溪县明水镇开展志愿服务\n十户家庭受到表彰", null, "青溪县明水镇开展志愿服务", "十户家庭受到表彰")]
    public void Place_alone_over_a_web_headline_is_its_kicker(string block, string? kicker, string title, string? subtitle)
    {
        var a = Parsing.Parse("首页 | 版面导航 | 标题导航 |\n\n" + block + "\n\n本报讯(林舟)近日,明水镇志愿者走进农户家中,帮助老人打扫庭院。").Articles.Single();
        Assert.Equal((kicker, title, subtitle), (a.Kicker, a.Title, a.Subtitle));
    }

    [Fact]
    public void Page_title_joining_the_headline_and_its_deck_above_them_is_a_repeat()
    {
        var a = Parsing.Parse("点亮文明地图 见证青溪变化 文明城市接力采访活动启动\n点亮文明地图 见证青溪变化\n文明城市接力采访活动启动\n\n本报讯(张三)近日,活动举行。").Articles.Single();
        Assert.Equal(("点亮文明地图 见证青溪变化", "文明城市接力采访活动启动"), (a.Kicker, a.Title));
    }

    [Theory]
    [InlineData("青溪村表彰十户文明家庭信息来源:某县融媒体中心", "青溪村表彰十户文明家庭")]
    [InlineData("东湖社区开展邻里节活动来源：某区文明网", "东湖社区开展邻里节活动")]
    [InlineData("[青溪日报]我省举办年度好人盛典", "我省举办年度好人盛典")]          // the outlet's tag in square brackets
    [InlineData("青溪家家都有志愿者 2020年07月10日", "青溪家家都有志愿者")]             // the page's date after the headline
    [InlineData("青溪区举办学雷锋活动启动仪式 |", "青溪区举办学雷锋活动启动仪式")]          // a bar left after the headline
    public void Source_label_glued_after_the_title_is_not_part_of_it(string line, string title)
    {
        var a = Parsing.Parse(line + "\n\n本报讯(张三)近日,活动举行。").Articles.Single();
        Assert.Equal(title, a.Title);
    }

    [Theory]
    [InlineData("文明青溪丨在青溪县,听见文明的回响", "文明青溪", "在青溪县,听见文明的回响")]
    [InlineData("乡风文明|青溪村评出十户文明家庭", "乡风文明", "青溪村评出十户文明家庭")]
    [InlineData("新时代·新风尚｜青溪县集体婚礼简办新办", "新时代·新风尚", "青溪县集体婚礼简办新办")]
    [InlineData("冬日送暖 爱心同行丨这份温暖,从县城向乡村涌动", "冬日送暖 爱心同行", "这份温暖,从县城向乡村涌动")]
    [InlineData("文明创建进行时 ‖ 青溪县开展中秋志愿服务共建美好家园", "文明创建进行时", "青溪县开展中秋志愿服务共建美好家园")]
    public void Column_name_before_a_bar_is_the_kicker(string headline, string kicker, string title)
    {
        var r = Parsing.Parse(headline + "\n\n青溪网青溪5月6日电(李明)近日,青溪县组织志愿者走进社区,开展文明宣传活动,居民纷纷参与,反响热烈。");
        var a = r.Articles.Single();
        Assert.Equal((kicker, title), (a.Kicker, a.Title));
        Assert.Equal(["李明"], a.Byline.Authors);
    }

    [Theory]
    [InlineData("青溪县评出十户文明家庭 | 青溪网")]   // the site's name after the headline
    [InlineData("首页|要闻|图片新闻")]                 // a row of links
    [InlineData("青溪县志愿服务工作简讯|青溪日报")]     // a short name after a longer headline
    public void Bar_that_follows_the_headline_or_parts_links_is_no_column_name(string line) =>
        Assert.Equal(-1, ColumnName.BarAt(line));

    [Fact]
    public void Column_couplet_as_long_as_the_headline_couplet_is_a_column_name() =>
        Assert.Equal(9, ColumnName.BarAt("文明青溪 系列报道|邻里守望 温暖社区")); // spaces are not counted

    [Fact]
    public void Page_title_line_repeated_above_a_wire_headline_is_no_item()
    {
        var text = "“美丽细胞”扮靓“美丽乡村”--来自青溪、白河两县的乡风文明报告\n青溪社白河12月5日电 题:“美丽细胞”扮靓“美丽乡村”——来自青溪、白河两县的乡风文明报告\n" +
                   "青溪社记者 李明\n近年来,青溪县大力建设美丽乡村,乡风民风美起来、人居环境美起来。";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(("“美丽细胞”扮靓“美丽乡村”", "来自青溪、白河两县的乡风文明报告"), (a.Title, a.Subtitle));
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.RepeatedTitle);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Page_title_joining_headline_and_deck_makes_the_second_line_the_subtitle()
    {
        var text = "擦亮文明底色 共建美好青溪 聚焦文明创建故事的接力采访活动启动\n擦亮文明底色 共建美好青溪\n聚焦文明创建故事的接力采访活动启动\n" +
                   "青溪网11月17日讯 近日,青溪县文明办组织志愿者走进社区,开展环境整治和文明宣传活动。";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(("擦亮文明底色 共建美好青溪", "聚焦文明创建故事的接力采访活动启动"), (a.Title, a.Subtitle));
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Kicker_line_above_a_title_starting_with_a_place_is_separated()
    {
        var a = Parsing.Parse("隔离病毒不隔离思念\n安徽淮北公墓\n推出“代客祭扫”服务\n\n本报讯(韩惠 陈贤)近日,活动举行。").Articles.Single();
        Assert.Equal("隔离病毒不隔离思念", a.Kicker);
        Assert.Equal("安徽淮北公墓推出“代客祭扫”服务", a.Title);
    }

    [Theory]
    [InlineData("书香满城 邻里相亲 文明同行\n我县评出首批文明楼院", "书香满城 邻里相亲 文明同行", "我县评出首批文明楼院")]
    [InlineData("让好家风代代相传\n我市百户家庭晒出家训", "让好家风代代相传", "我市百户家庭晒出家训")]
    [InlineData("我区志愿者走进敬老院\n重阳送暖意", null, "我区志愿者走进敬老院重阳送暖意")]
    public void A_local_papers_own_place_opening_a_line_marks_the_factual_headline(string block, string? kicker, string title)
    {
        var a = Parsing.Parse(block + "\n\n本报讯(韩惠)近日,青溪县开展文明实践活动,居民纷纷参与。").Articles.Single();
        Assert.Equal((kicker, title), (a.Kicker, a.Title));
    }

    [Theory]
    [InlineData("把新时代文明实践活动开展到群众中间去\n\n——河北省沧州市深化拓展新时代文明实践中心建设", "把新时代文明实践活动开展到群众中间去", "河北省沧州市深化拓展新时代文明实践中心建设")]
    [InlineData("打造为民服务“幸福地” ——福建福清市持续深化党群服务中心规范化建设", "打造为民服务“幸福地”", "福建福清市持续深化党群服务中心规范化建设")]
    [InlineData("念好精神扶贫“三字经”——乐山市多措并举", "念好精神扶贫“三字经”", "乐山市多措并举")]
    [InlineData("“文明细胞”扮靓“美丽乡村”--来自青溪县的乡风文明报告", "“文明细胞”扮靓“美丽乡村”", "来自青溪县的乡风文明报告")]
    public void Subtitle_after_dashes_on_the_next_line_or_the_same_line(string block, string title, string subtitle)
    {
        var r = Parsing.Parse(block + "\n\n沧文\n\n近年来,各地积极推进文明实践。");
        var a = r.Articles.Single();
        Assert.Equal(title, a.Title);
        Assert.Equal(subtitle, a.Subtitle);
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == "marker" && d.Text.Trim() is "——" or "--");
    }

    [Theory]
    [InlineData("“青溪”新变化——文明篇")]
    [InlineData("奋进新征程——乡村振兴篇")]
    [InlineData("青溪故事--志愿篇")]
    public void Series_headline_naming_its_episode_after_the_dash_is_one_title(string headline)
    {
        var text = headline + "\n\n青文\n\n近年来,青溪县积极推进文明实践,居民纷纷参与志愿服务。";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal((headline, null), (a.Title, a.Subtitle));
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Long_phrase_ending_in_the_same_word_after_the_dash_stays_a_subtitle() =>
        Assert.Equal("青溪县文明实践经验谈下篇", Parsing.Parse("青溪新变化——青溪县文明实践经验谈下篇\n\n青文\n\n近年来,青溪县积极推进文明实践。").Articles.Single().Subtitle);

    [Fact]
    public void Title_with_subtitle_and_no_byline_starts_an_article_inside_another()
    {
        var r = Parsing.Parse("海淀区开展活动\n\n本报讯(张三)近日,活动举行。\n\n念好精神扶贫“三字经”\n\n——乐山市多措并举\n\n近年来,乐山市积极创新载体。");
        Assert.Equal(["海淀区开展活动", "念好精神扶贫“三字经”"], r.Articles.Select(a => a.Title));
    }

    [Fact]
    public void Title_starting_with_a_place_followed_by_body_starts_a_new_article()
    {
        var r = Parsing.Parse("海淀区开展活动\n\n近日,海淀区开展活动。\n\n怀柔区新时代文明实践 科学抗“疫”\n\n加强科普宣传,提升群众防控意识。");
        Assert.Equal(["海淀区开展活动", "怀柔区新时代文明实践 科学抗“疫”"], r.Articles.Select(a => a.Title));
    }

    [Fact]
    public void Orphan_title_at_the_end_of_the_page_is_flagged()
    {
        var r = Parsing.Parse("海淀区开展活动\n\n本报讯(张三)近日,活动举行。\n\n点滴之间见文明 细微之处显美好\n\n——陕西省合阳县文明创建\n\n张小彦 张一赞");
        var orphan = r.Articles[^1];
        Assert.Equal("点滴之间见文明 细微之处显美好", orphan.Title);
        Assert.Equal(["张小彦", "张一赞"], orphan.Byline.Authors);
        Assert.Equal([ArticleFlags.OrphanTitle], orphan.Flags);
        Assert.Empty(orphan.Paragraphs);
    }

    [Fact]
    public void Orphan_body_at_the_page_start_is_flagged()
    {
        var a = Parsing.Parse("和值守工作,让党旗飘扬在最困难的地方。\n\n强化创建引领。用好两个抓手。").Articles.Single();
        Assert.Null(a.Title);
        Assert.Contains(ArticleFlags.OrphanBody, a.Flags);
    }

    [Fact]
    public void Orphan_title_and_orphan_body_about_the_same_place_are_linked()
    {
        var r = Parsing.Parse("蓝天碧水,现在的陕西省合阳县正变得更加美好。\n\n县城市管理执法局检修路灯41盏。\n\n点滴之间见文明\n\n——陕西省合阳县文明创建绘就幸福底色\n\n张小彦");
        var a = r.Articles.Single();
        Assert.Equal("点滴之间见文明", a.Title);
        Assert.Equal(["张小彦"], a.Byline.Authors);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.DoesNotContain(ArticleFlags.OrphanBody, a.Flags);
        Assert.DoesNotContain(ArticleFlags.OrphanTitle, a.Flags);
    }

    [Theory]
    [InlineData("青溪日报社社长 郑小川")]
    [InlineData("白河县委书记 郑小川")]
    public void Speaker_line_under_a_speech_title_is_its_byline_not_part_of_the_title(string speaker)
    {
        var a = Parsing.Parse($"用身边榜样照亮前行的路\n\n{speaker}\n\n青溪日报坚持用心讲好身边榜样的故事,今年开设专栏刊发好人事迹四十余篇,读者反响热烈。").Articles.Single();
        Assert.Equal("用身边榜样照亮前行的路", a.Title);
        Assert.Equal(["郑小川"], a.Byline.Authors);
    }

    [Theory]
    [InlineData("郑小川在白河县调研好人工作时强调")]
    [InlineData("郑小川在白河县调研时指出")]
    public void Speech_line_over_the_headline_is_its_kicker_and_attendance_its_subtitle(string kicker)
    {
        var a = Parsing.Parse($"{kicker}\n让好人精神在青溪落地生根\n在全县形成崇德向善新气象\n王立参加会见\n" +
            "青溪网白河9月18日电(记者孙立)郑小川18日在白河县与身边好人代表座谈,听取他们的故事。").Articles.Single();
        Assert.Equal((kicker, "让好人精神在青溪落地生根在全县形成崇德向善新气象", "王立参加会见"), (a.Kicker, a.Title, a.Subtitle));
    }

    [Theory]
    [InlineData("白河县好人座谈会发言摘编", true)]
    [InlineData("白河县召开好人座谈会", false)]
    public void Collection_heading_over_titled_speeches_is_no_item(string heading, bool collection)
    {
        var r = Parsing.Parse($"{heading}\n青溪网-青溪日报\n\n10-15 17:21\n\n用身边榜样照亮前行的路\n\n青溪日报社社长 郑小川\n\n" +
            "青溪日报坚持用心讲好身边榜样的故事,今年开设专栏刊发好人事迹四十余篇,读者反响热烈。");
        Assert.Equal(collection, r.Bulletin.Discarded.Any(d => d.Reason == DiscardReasons.CollectionHeading && d.Text == heading));
    }
}
