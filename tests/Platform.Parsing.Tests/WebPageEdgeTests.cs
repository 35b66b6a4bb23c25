using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>Web-page furniture next to the story: widget text over the headline, related stories under the body.</summary>
public sealed class WebPageEdgeTests
{
    private const string Body = "近日,青溪县文明办组织志愿者走进社区,开展环境整治和文明宣传活动,居民纷纷参与。";

    [Theory]
    [InlineData("在线客服 关闭\n你还可以输入80\n")]
    [InlineData("热门推荐\n今日关注\n最新动态\n")]
    public void Headline_over_its_meta_line_survives_the_lines_stacked_above_it(string above)
    {
        var r = Parsing.Parse($"{above}青溪县开展学雷锋志愿服务活动\n发布时间:2024-03-05 10:00 来源:青溪县文明办\n\n{Body}");
        Assert.Equal("青溪县开展学雷锋志愿服务活动", r.Articles.Single().Title);
    }

    [Theory]
    [InlineData("专题:\"文明有我\"——青溪县志愿服务月活动")]
    [InlineData("专题: 青溪县第三届文明家庭评选")]
    public void Topic_field_under_the_meta_line_leaves_the_headline_its_story(string topic)
    {
        var r = Parsing.Parse($"青溪县开展学雷锋志愿服务活动\n2024年03月05日 10:00 来源:青溪网\n{topic}\n|\n本报讯(记者 林舟){Body}");
        var a = r.Articles.Single();
        Assert.Equal("青溪县开展学雷锋志愿服务活动", a.Title);
        Assert.Equal(["林舟"], a.Byline.Authors);
        Assert.Contains(r.Bulletin.Discarded, d => d.Text == topic && d.Reason == DiscardReasons.PageMeta);
    }

    [Fact]
    public void Forum_thread_title_under_its_counts_and_over_the_post_meta_is_the_headline()
    {
        var page = "青溪论坛\n\n搜索\n更多\n猜你喜欢\n查看: 526|回复: 3\n\n[文明] 青溪县为十个村配发宣传展板\n\n[复制链接]\n" +
            "发表于 2016-11-8 09:15:51 | 显示全部楼层 |阅读模式\n" + Body;
        var a = Parsing.Parse(page).Articles.Single();
        Assert.Equal((null, "青溪县为十个村配发宣传展板"), (a.Kicker, a.Title));
    }

    [Theory]
    [InlineData("即时新闻")]
    [InlineData("本地新闻")]
    public void Channel_name_over_a_headline_and_its_meta_line_is_navigation(string channel)
    {
        var r = Parsing.Parse($"{channel}\n【文明实践】 青溪镇开展学雷锋志愿服务\n发布时间:2024-03-05 10:00 来源:青溪网\n\n{Body}");
        var a = r.Articles.Single();
        Assert.Equal(("青溪镇开展学雷锋志愿服务", null), (a.Title, a.Subtitle));
        Assert.Contains(r.Bulletin.Discarded, d => d.Text == channel && d.Reason == DiscardReasons.Navigation);
    }

    [Theory]
    [InlineData("浏览 3次 发布时间 2023/05/06")]        // meta fields without colons, the date in slashes
    [InlineData("发布时间:2023-05-06 来源:青溪网")]
    public void Headline_over_its_meta_line_stays_when_the_body_under_it_closes_with_its_writer(string meta)
    {
        var r = Parsing.Parse($"加入收藏 | 设为首页\n\n青溪日报广告部\n青溪日报广告部电话\n开在社区里的“爱心书屋”\n{meta}\n {Body}   下一步,社区将继续开放书屋。 (林舟)");
        var a = r.Articles.Single();
        Assert.Equal("开在社区里的“爱心书屋”", a.Title);
        Assert.Equal(["林舟"], a.Byline.Authors);
    }

    [Theory]
    [InlineData("青溪论坛\n\n标题: 青溪县开展学雷锋志愿服务活动 [打印本页]\n\n作者: 青溪社区    时间: 2024-3-5 10:00\n标题: 青溪县开展学雷锋志愿服务活动\n")]
    [InlineData("标题：青溪县开展学雷锋志愿服务活动\n发布时间:2024-03-05 10:00\n")]
    public void Labelled_headline_of_a_forum_print_view_is_the_title(string head)
    {
        var r = Parsing.Parse($"{head}{Body}");
        Assert.Equal("青溪县开展学雷锋志愿服务活动", r.Articles.Single().Title);
        Assert.Contains(r.Bulletin.Discarded, d => d.Text is "标题:" or "标题：");
    }

    [Fact]
    public void Column_and_headline_split_by_one_bar_over_the_source_line_is_the_headline()
    {
        var r = Parsing.Parse($"您现在的位置:首页 > 新闻 > 正文\n\n文明青溪 系列报道|邻里守望 温暖社区\n\n来源:青溪日报     记者:李明     2024-01-04 14:28\n\n{Body}");
        var a = r.Articles.Single();
        Assert.Equal("邻里守望 温暖社区", a.Title);
        Assert.Equal("文明青溪 系列报道", a.Kicker);
    }

    [Fact]
    public void Bar_menu_over_the_source_line_stays_navigation()
    {
        var r = Parsing.Parse($"首页|新闻\n青溪县开展学雷锋志愿服务活动\n来源:青溪日报 2024-01-04\n\n{Body}");
        Assert.Equal("青溪县开展学雷锋志愿服务活动", r.Articles.Single().Title);
    }

    [Fact]
    public void Short_last_paragraph_closed_by_a_name_gives_the_author()
    {
        var r = Parsing.Parse($"青溪县开展学雷锋志愿服务活动\n发布时间:2024-03-05 10:00\n本文来源: 青溪\n{Body}\n县文明办负责人陪同活动。(郑小川)\n本文来源: 青溪");
        var a = r.Articles.Single();
        Assert.Equal(["郑小川"], a.Byline.Authors);
        Assert.Contains(r.Bulletin.Discarded, d => d.Text == "本文来源: 青溪");
    }

    [Fact]
    public void Related_headlines_with_cut_teasers_after_the_story_are_no_items()
    {
        var r = Parsing.Parse($"青溪县开展学雷锋志愿服务活动\n发布时间:2024-03-05 10:00\n{Body}\n2024-03-05 10:00\n" +
            "评论员:携手共建美好家园\n“家园是大家的,也是每个人的。青溪\n让读书成为一种习惯\n不久前,青溪");
        Assert.Single(r.Articles);
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.RelatedList && d.Text == "让读书成为一种习惯");
    }

    [Theory]
    [InlineData("(林舟)")]
    [InlineData("(林舟)“")]      // a quotation mark the copy left behind after the byline
    [InlineData("(林舟)\"")]
    public void Related_headlines_tagged_with_their_site_under_a_signed_story_are_no_items(string byline)
    {
        var r = Parsing.Parse($"青溪县开展学雷锋志愿服务活动\n\n11.04.2016  08:15\n\n  {Body}{byline}\n\n" +
            "白河区老街焕新迎客\n  5月2日,白河区老街改造完工后青溪网\n青溪县全民健身月启动\n  青溪县全民健身月今起举行,市民可到青溪网");
        var a = r.Articles.Single();
        Assert.Equal("青溪县开展学雷锋志愿服务活动", a.Title);
        Assert.Equal(["林舟"], a.Byline.Authors);
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.RelatedList && d.Text == "青溪县全民健身月启动");
    }

    [Fact]
    public void Related_headlines_tagged_with_their_channel_right_under_the_story_are_no_items()
    {
        var r = Parsing.Parse($"青溪县开展学雷锋志愿服务活动\n\n11.04.2016  08:15\n\n  {Body}\n\n" +
            "白河区老街焕新迎客\n  5月2日,白河区老街改造完工后,某某频道\n青溪县全民健身月启动\n  某某晚报记者林小禾报道 青溪县全民健身月今起某某频道");
        Assert.Equal("青溪县开展学雷锋志愿服务活动", r.Articles.Single().Title);
        Assert.Empty(r.Articles.Single().Byline.Authors);
    }

    [Fact]
    public void Short_stories_with_finished_paragraphs_are_not_a_teaser_list()
    {
        var r = Parsing.Parse("青溪县开展志愿服务\n发布时间:2024-03-05 10:00\n青溪县组织志愿者清扫街道。\n\n" +
            "白河镇举办道德讲堂\n白河镇举办道德讲堂,村民踊跃参加。\n\n东山乡评选好媳妇\n东山乡评选出十名好媳妇。");
        Assert.DoesNotContain(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.RelatedList);
    }

    [Fact]
    public void Site_owner_line_over_the_headline_is_no_title()
    {
        var r = Parsing.Parse($"中共青溪县委宣传部委托青溪日报社主办\n\n青溪县开展学雷锋志愿服务活动\n\n2024-03-05 10:00\n来源:青溪日报\n\n{Body}");
        Assert.Equal("青溪县开展学雷锋志愿服务活动", r.Articles.Single().Title);
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.Copyright);
    }

    [Fact]
    public void Question_headline_over_the_date_line_is_the_title()
    {
        var r = Parsing.Parse($"青溪新闻网\n\n文明之花,何以开遍乡村?\n\n2024-07-22 09:18\n来源:青溪日报\n\n{Body}");
        Assert.Equal("文明之花,何以开遍乡村?", r.Articles.Single().Title);
    }

    [Fact]
    public void Print_source_line_under_the_headline_is_page_meta()
    {
        var r = Parsing.Parse($"  • 时政\n  • 文化\n青溪日报 2024年3月5日 星期二\n\n青溪县开展学雷锋志愿服务活动\n\n《 青溪日报 》( 2024年03月05日   04 版)\n\n{Body}");
        Assert.Equal("青溪县开展学雷锋志愿服务活动", r.Articles.Single().Title);
        Assert.Contains(r.Bulletin.Discarded, d => d.Text == "《 青溪日报 》( 2024年03月05日   04 版)" && d.Reason == DiscardReasons.PageMeta);
    }

    [Fact]
    public void Current_page_selector_is_no_kicker_and_leaves_the_headline()
    {
        var a = Parsing.Parse("当前版:03版\n青溪创建文明县城\n    本报讯(记者 钱多多)近日,青溪县召开文明县城创建推进会。").Articles.Single();
        Assert.Null(a.Kicker);
        Assert.Equal("青溪创建文明县城", a.Title);
    }

    [Fact]
    public void Keyword_tags_closing_the_page_are_no_item()
    {
        var r = Parsing.Parse($"青溪县开展学雷锋志愿服务活动\n\n{Body}\n\n文明单位\n\n创建\n\n检查组\n\n青溪县");
        Assert.Single(r.Articles);
        Assert.Equal(4, r.Bulletin.Discarded.Count(d => d.Reason == DiscardReasons.KeywordTags));
    }

    [Fact]
    public void Short_lines_under_a_short_heading_are_not_keyword_tags()
    {
        var r = Parsing.Parse("春日小记\n\n春风来\n\n花开了\n\n燕归巢\n\n人欢笑");
        Assert.DoesNotContain(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.KeywordTags);
    }

    [Theory]
    [InlineData("版权和免责申明\n凡注有“青溪在线”的稿件,均为青溪在线独家版权所有,未经许可不得转载。\n青溪即时报")]
    [InlineData("免责声明:凡本网注明“来源:XXX”的作品,均转载自其它媒体,不代表本网观点。")]
    [InlineData("本文为青溪新闻网原创文章,转载请附上原文出处链接和本声明。")]
    public void Reprint_disclaimer_under_the_story_is_furniture(string tail)
    {
        var r = Parsing.Parse($"青溪县开展学雷锋志愿服务活动\n2024年03月05日 10:00\n{Body}\n{tail}");
        var a = r.Articles.Single();
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains("转载", StringComparison.Ordinal));
        Assert.NotEqual("XXX", r.Bulletin.Masthead?.Publication);
    }

    [Fact]
    public void Web_headline_over_its_date_line_starts_a_story_after_stray_body_text()
    {
        var r = Parsing.Parse($"当前位置: 首页 > 新闻\n\n本店各类小吃价格实惠,品种齐全,欢迎光临,电话联系。\n\n大力推进新时代文明实践工作\n\n2020-11-02 16:50:32\n\n{Body}");
        Assert.Contains(r.Articles, a => a.Title == "大力推进新时代文明实践工作");
    }

    [Fact]
    public void Escort_spam_line_is_furniture()
    {
        var r = Parsing.Parse($"全国各地可约可空降-某某论坛官网,全国约茶资料,同城约茶\n\n大力推进新时代文明实践工作\n\n2020-11-02 16:50:32\n\n{Body}");
        Assert.Equal("大力推进新时代文明实践工作", r.Articles.Single().Title);
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.Spam);
    }

    [Fact]
    public void Byline_before_a_stray_bar_and_channel_names_after_the_story()
    {
        var r = Parsing.Parse("近年来,青溪县面向未成年人开展道德教育实践活动,文明素养不断提升。(记者 钱多多) |\n文明要闻\n图片要闻\n-\n06-09");
        var a = r.Articles.Single();
        Assert.Equal(["钱多多"], a.Byline.Authors);
        Assert.Contains(r.Bulletin.Discarded, d => d.Text == "图片要闻" && d.Reason == DiscardReasons.Navigation);
    }

    [Theory]
    [InlineData("邻里守望 温情满城")]
    [InlineData("文明实践 温暖人心")]
    public void Couplet_set_apart_above_a_web_headline_is_its_kicker(string couplet)
    {
        var a = Parsing.Parse($"青溪日报 数字报纸\n\n00002版:要闻\n\n{couplet}\n\n青溪县多措并举选树身边榜样\n\n记者 郑小川 县委报道组 王立\n\n{Body}")
            .Articles.Single();
        Assert.Equal((couplet, "青溪县多措并举选树身边榜样"), (a.Kicker, a.Title));
        Assert.Equal(["郑小川", "王立"], a.Byline.Authors);
    }

    [Theory]
    [InlineData("青溪")]
    [InlineData("文明实践")]
    public void Short_name_set_apart_above_a_web_headline_is_its_kicker(string name)
    {
        var a = Parsing.Parse($"青溪日报社 出版 国内统一刊号:CN00-0000\n\n{name}\n\n“红马甲”走进百家门\n\n本报讯(记者 王芳)近日,青溪县志愿者走进社区,开展文明宣传活动,居民纷纷参与。")
            .Articles.Single();
        Assert.Equal((name, "“红马甲”走进百家门"), (a.Kicker, a.Title));
        Assert.Equal(["王芳"], a.Byline.Authors);
    }

    [Fact]
    public void Headline_and_subtitle_over_an_address_and_time_line_are_the_story_s_own()
    {
        var a = Parsing.Parse($"您当前的位置 :青溪新闻网 > 新闻中心 > 正文\n     高级检索\n \n文明新风吹拂乡间\n——青溪县农村精神文明建设综述\nhttp://www.qingxi.example.cn   青溪新闻网   2019年04月02日 09:30:12\n\n{Body}")
            .Articles.Single();
        Assert.Equal(("文明新风吹拂乡间", "青溪县农村精神文明建设综述"), (a.Title, a.Subtitle));
    }

    [Fact]
    public void Subtitle_printed_again_under_the_original_title_label_drops_the_site_name_run_on()
    {
        var a = Parsing.Parse($"邻里守望的“青溪故事” ——来自青溪县的调研-某某注册\n\n原标题:\n\n邻里守望的“青溪故事”\n\n——来自青溪县的调研\n\n青溪日报记者 李明\n\n{Body}")
            .Articles.Single();
        Assert.Equal(("邻里守望的“青溪故事”", "来自青溪县的调研"), (a.Title, a.Subtitle));
        Assert.Equal(["李明"], a.Byline.Authors);
    }

    [Fact]
    public void Breadcrumb_printed_one_piece_a_line_is_no_headline()
    {
        var r = Parsing.Parse($"当前位置:\n\n青溪新闻网\n\n>\n\n青溪县\n\n>\n\n新闻中心\n\n青溪:评选身边典型 倡导文明新风\n\n新闻来源:青溪网\n\n{Body}");
        var a = r.Articles.Single();
        Assert.Equal(("青溪:评选身边典型 倡导文明新风", null), (a.Title, a.Kicker));
        Assert.Contains(r.Bulletin.Discarded, d => d.Text == "新闻中心" && d.Reason == DiscardReasons.Breadcrumb);
    }

    [Theory]
    [InlineData("首页 > 青溪新闻 人气:130 日期:2015/1/7 17:36:03")]
    [InlineData("首页 > 青溪新闻 发布时间:2015-01-07")]
    public void Headline_right_above_a_breadcrumb_carrying_the_page_meta_is_the_title(string breadcrumb)
    {
        var text = $"青溪县文明创建测评工作顺利完成\n{breadcrumb}\n文章正文\n\n{Body}";
        var r = Parsing.Parse(text);
        Assert.Equal("青溪县文明创建测评工作顺利完成", r.Articles.Single().Title);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Short_link_above_a_bare_breadcrumb_stays_navigation()
    {
        var r = Parsing.Parse($"青溪县文明创建测评工作顺利完成\n首页 > 青溪新闻\n\n{Body}");
        Assert.DoesNotContain(r.Articles, a => a.Title == "青溪县文明创建测评工作顺利完成");
    }

    [Fact]
    public void Headline_over_the_meta_line_replaces_the_page_title_that_ran_into_the_channel()
    {
        const string pageTitle = "为好人点赞!青溪县身边好人榜发布仪式举行! 好人发布厅-青溪好人 李明 123456";
        var a = Parsing.Parse($"{pageTitle}\n有思想 / 有温度 / 有品质\n{pageTitle}\n您当前的位置 :首页 > 青溪好人 > 好人发布厅\n\n" +
            $"为好人点赞!青溪县身边好人榜发布仪式举行!\n\n2018-08-01 10:42 | 来源: 青溪网\n\n{Body}").Articles.Single();
        Assert.Equal("为好人点赞!青溪县身边好人榜发布仪式举行!", a.Title);
    }

    [Fact]
    public void Date_line_with_the_share_widget_is_no_part_of_the_headline()
    {
        var a = Parsing.Parse($"返回主页 | 版面导航 | 标题导航\n2006年1月24日     收藏 打印 推荐 朗读 评论 更多功能 \n小村热评“孝老爱亲奖”\n白河村倡导文明新风\n" +
            $"  本报白河1月23日电 (记者 李明) {Body}").Articles.Single();
        Assert.Equal(("小村热评“孝老爱亲奖”", "白河村倡导文明新风"), (a.Title, a.Subtitle));
    }

    private const string PicturesFirstPage =
        "青溪网\n青溪网>>新闻频道\n\n国庆期间,各地群众以多种方式欢度假期——\n\n邻里同乐 共度佳节\n\n本报记者 李明 王芳\n2022年10月07日08:17 | 来源:青溪网\n\n" +
        "  10月5日,孩子们在白河村文化广场表演舞龙。\n\n  张小川摄\n\n  10月2日,游客在东湖公园观看民俗表演。\n\n  赵一鸣摄\n\n" +
        "  线上学民俗,共享文化节\n\n  寥寥数剪,一只可爱的小兔子就从红纸上跳了出来,剪纸艺人在线上指导网友创作窗花。\n\n" +
        "  假期里,青溪县推出云端游园等线上活动,市民纷纷点赞。\n";

    [Fact]
    public void Headline_over_its_byline_takes_the_crossheaded_text_after_its_photos()
    {
        var r = Parsing.Parse(PicturesFirstPage);
        Assert.Equal([ArticleKind.Article, ArticleKind.Photo, ArticleKind.Photo], r.Articles.Select(a => a.Kind));
        var a = r.Articles[0];
        Assert.Equal(("国庆期间,各地群众以多种方式欢度假期", "邻里同乐 共度佳节"), (a.Kicker, a.Title));
        Assert.Equal(["李明", "王芳"], a.Byline.Authors);
        Assert.Equal("线上学民俗,共享文化节", a.Headings[0].Text);
        Assert.Equal(2, a.Paragraphs.Count);
        Parsing.AssertNoTextLoss(PicturesFirstPage, r);
    }

    [Fact]
    public void Repost_title_announcing_the_copied_story_is_no_item()
    {
        const string text = "《青溪日报》头版报道:让文明家风在乡村扎根——白河县推进移风易俗纪实\n\n政务   2024-11-15 10:16   青溪\n\n\n\n" +
            "11月15日,《青溪日报》头版报道:让文明家风在乡村扎根——白河县推进移风易俗纪实。\n\n全文如下\n\n一起来看看吧\n\n" +
            "让文明家风在乡村扎根\n\n——白河县推进移风易俗纪实\n\n\n" + Body;
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(("让文明家风在乡村扎根", "白河县推进移风易俗纪实"), (a.Title, a.Subtitle));
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Sentence_headline_set_apart_above_a_web_headline_is_no_kicker()
    {
        var r = Parsing.Parse($"返回首页\n\n青溪县召开文明创建推进会\n\n青溪县多措并举选树身边榜样\n发布时间:2024-03-05 10:00\n\n{Body}");
        Assert.Null(r.Articles.Single().Kicker);
    }

    [Theory]
    [InlineData("郑小川 来源:青溪网—青溪日报", new[] { "郑小川" })]
    [InlineData("郑小川 王立 来源:青溪日报", new[] { "郑小川", "王立" })]
    [InlineData("文明实践 来源:青溪日报", new string[0])]
    [InlineData("http://www.qingxi.cn 2018-09-04 10:40:11 郑小川 王立 来源:青溪网", new[] { "郑小川", "王立" })] // after the address and time stamp
    [InlineData("www.qingxi.cn 2018/09/04 10:40 郑小川 来源:青溪网", new[] { "郑小川" })]
    [InlineData("http://www.qingxi.cn 2018-09-04 10:40:11 来源:青溪网", new string[0])]
    public void Names_before_the_source_label_are_the_authors(string meta, string[] authors)
    {
        var a = Parsing.Parse($"榜样照亮回家的路\n{meta}\n{Body}").Articles.Single();
        Assert.Equal("榜样照亮回家的路", a.Title);
        Assert.Equal(authors, a.Byline.Authors);
    }

    [Fact]
    public void Speech_headline_lines_set_apart_on_a_web_page_are_one_title_block()
    {
        var a = Parsing.Parse("来源:青溪网\n\n郑小川在白河县调研好人工作时强调\n\n让好人精神在青溪落地生根\n\n王立参加会见\n\n" +
            "青溪网白河9月18日电(记者孙立)郑小川18日在白河县与身边好人代表座谈,听取他们的故事。").Articles.Single();
        Assert.Equal(("郑小川在白河县调研好人工作时强调", "让好人精神在青溪落地生根", "王立参加会见"), (a.Kicker, a.Title, a.Subtitle));
    }

    [Theory]
    [InlineData("相关知识")]
    [InlineData("推荐阅读:")]
    public void Headlines_under_a_related_label_are_no_items(string label)
    {
        var r = Parsing.Parse($"青溪县开展学雷锋志愿服务活动\n发布时间:2024-03-05 10:00 来源:青溪县文明办\n\n{Body}\n\n{label}\n" +
            "白河县书法展今日开幕\n青溪春季招聘会下周举行\n青溪高铁站改造进入收尾阶段\n");
        Assert.Equal("青溪县开展学雷锋志愿服务活动", r.Articles.Single().Title);
    }

    [Theory]
    [InlineData("新闻推荐", "青溪时报讯五一将至,城郊的民宿预订量明显上升。在几家订房平台上,青溪周边游...")]
    [InlineData("推荐阅读", "白河大桥通车\n  青溪网白河5月2日电 (李明)5月1日,白河大桥正式通车,两岸群众往来从此不再绕行,大桥全长达到")]
    public void One_link_under_a_related_label_closing_the_page_is_no_item(string label, string links)
    {
        var r = Parsing.Parse($"青溪县开展学雷锋志愿服务活动\n发布时间:2024-03-05 10:00 来源:青溪县文明办\n\n{Body}\n{label}\n{links}");
        Assert.Equal("青溪县开展学雷锋志愿服务活动", r.Articles.Single().Title);
    }

    [Theory]
    [InlineData("新闻推荐", "分别为:白河县东平镇、青溪县大桥镇晚报讯昨日,记者从青溪市相关部门获悉,第四届文明村镇评选于去年...", "青溪县新闻,新鲜有料。世界很大,期待在此相遇。")]
    [InlineData("相关新闻", "...", "白河新闻,弘扬社会正气。除了新闻,我们还传播幸福和美好!")]
    public void Channel_slogan_after_the_links_closing_the_page_is_no_part_of_the_story(string label, string links, string slogan)
    {
        var a = Parsing.Parse($"青溪县开展学雷锋志愿服务活动\n发布时间:2024-03-05 10:00 来源:青溪县文明办\n\n{Body}\n孙立\n{label}\n{links}\n{slogan}").Articles.Single();
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains("新闻,", StringComparison.Ordinal) || p.Contains("获悉", StringComparison.Ordinal));
    }

    [Fact]
    public void Site_name_over_the_e_paper_furniture_is_no_headline()
    {
        var a = Parsing.Parse($"青溪网\n通版阅读请点击:\n展开通版\n当前版:A07版:生活\n发布日期:2024年06月28日\n移风易俗进万家 文明新风润乡村\n白河县开展移风易俗宣讲活动\n\n{Body}")
            .Articles.Single();
        Assert.Equal("白河县开展移风易俗宣讲活动", a.Title);
    }

    [Fact]
    public void List_bullet_before_a_web_headline_is_no_part_of_it()
    {
        var r = Parsing.Parse($"首页 | 新闻 | 图片 | 视频\n  • 分享\n  • 青溪县:万名文明实践志愿者助力文明城市创建\n\n    来源:青溪新闻网 2020-08-11 10:09:07\n\n{Body}");
        Assert.Equal("青溪县:万名文明实践志愿者助力文明城市创建", r.Articles.Single().Title);
        Assert.Contains(r.Bulletin.Discarded, d => d.Text == "•" && d.Reason == "marker");
    }

    [Theory]
    [InlineData("八月好人榜发布 青溪县两群体一人上榜", "青溪县两群体一人上榜")]
    [InlineData("青溪县八月好人榜发布 两群体一人上榜", "青溪县八月好人榜发布")]
    public void A_crosshead_repeating_part_of_the_headline_heads_part_of_the_same_story(string headline, string crosshead)
    {
        var text = $"{headline}\n\n来源:青溪网 作者:张明 2016-09-02 16:09:55\n\n" +
            "  导语:中央文明办发布八月好人榜,全国一百一十位身边好人光荣上榜,青溪的两个群体榜上有名。\n\n" +
            $"  {crosshead}\n\n" +
            "  8月31日,青溪县两个志愿服务群体登上好人榜,她们多年坚守在护理岗位上,被群众称为身边的好人。\n";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(headline, a.Title);
        Assert.Equal(["张明"], a.Byline.Authors);
        Assert.Equal(crosshead, a.Headings.Single().Text);
        Parsing.AssertNoTextLoss(text, r);
    }

    private const string AnchoredStory = "守护美丽乡村 志愿服务有我\n\n2021年08月16日 09:00   来源:青溪网\n\n" +
        "  青溪网讯(记者王明报道)8月15日,青溪县文化和旅游局新时代文明实践站推进会在白河村举行。\n\n" +
        "  今年以来,青溪县文化和旅游局以文化大院、流动博物馆等创新载体,开展政策宣讲和志愿服务活动。\n";

    [Fact]
    public void A_headline_opening_the_page_above_the_anchored_headline_is_its_kicker()
    {
        var text = "县文旅局开展新时代文明实践活动\n\n" + AnchoredStory;
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal("县文旅局开展新时代文明实践活动", a.Kicker);
        Assert.Equal("守护美丽乡村 志愿服务有我", a.Title);
        Parsing.AssertNoTextLoss(text, r);
    }

    private const string DeckedStory = "首页  综合  时事  直播\n首页图片新闻>> >>  正文\n\n记者走访市内部分公共广场,广场环境有较大改善,仍有一些细节之处有待提升\n" +
        "广场文化生活丰富 不文明现象仍存在\n\n2019-08-27 17:07   某某日报   记者 林小禾\n\n" +
        "城市公共广场是居民的主要休闲活动场所,市内部分公共广场也担负着应急避难场所的功能。近日,记者走访市内部分公共广场,发现各方面做得相对较好。\n\n";

    [Fact]
    public void A_clause_line_right_above_an_anchored_headline_is_its_kicker()
    {
        var a = Parsing.Parse(DeckedStory).Articles.Single();
        Assert.Equal(("记者走访市内部分公共广场,广场环境有较大改善,仍有一些细节之处有待提升", "广场文化生活丰富 不文明现象仍存在"), (a.Kicker, a.Title));
    }

    [Fact]
    public void A_crosshead_after_the_picture_under_an_anchored_story_goes_on_with_that_story()
    {
        var text = DeckedStory + "8月25日,青溪火车站站前广场环境整洁,绿色植物分布有序。方一舟 摄\n\n公益广告融入本地文化元素\n\n" +
                   "城市公共广场是市民文化的传播场所,代表着一个城市的形象。青溪市以这一人群较为集中的场所为平台,广泛设置各类公益广告。\n";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(["林小禾"], a.Byline.Authors);
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.Equal(new Heading("公益广告融入本地文化元素", 2), a.Headings.Single());
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void A_line_the_page_title_element_names_above_the_anchored_headline_is_its_kicker()
    {
        const string text = "- 用心用情推动文明实践工作深入人心-某某文明网\n\n用心用情推动文明实践工作深入人心\n\n林小禾到青溪区督导文明实践提升行动\n\n" +
                            "来源:某某文明网  时间:2023-11-13\n\n  11月10日,林小禾到青溪区督导新时代文明实践提升行动开展情况,实地查看了社区文明实践站。\n";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(("用心用情推动文明实践工作深入人心", "林小禾到青溪区督导文明实践提升行动"), (a.Kicker, a.Title));
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.RepeatedTitle && d.Text.StartsWith("- 用心用情", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_printed_again_over_a_picture_further_down_goes_on_with_its_story()
    {
        const string headline = "青溪白河:文明乡风润心田 村中美景引客来";
        var text = headline + "\n\n来源:某某新闻网2022-06-14 14:09\n\n  作者 林小禾\n\n" +
                   "  自从家里堆放杂物的小院改造成花园后,老人每天最喜欢做的事,就是给各种植物和花浇水。\n\n" + headline + "\n\n图为白河村村民房前鲜花盛开。林小禾 摄\n\n" +
                   "  然而,时间倒回2年前,白河村可以用“脏、乱、差”来形容,村里大多是门前乱堆乱放。\n\n" + headline + "\n\n" +
                   "  为了从源头上治理垃圾,白河村经过协商后,取消了垃圾桶和垃圾池,每天由清运车上门收运。\n";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(headline, a.Title);
        Assert.Equal(2, r.Bulletin.Discarded.Count(d => d.Reason == DiscardReasons.RepeatedTitle));
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void The_last_of_stacked_short_lines_over_a_meta_line_and_a_lead_line_is_the_headline()
    {
        const string text = "青溪文明网\n微信公众号\n青溪县:城乡融合共育文明新风\n2023-08-29 11:46:47 来源:青溪网 责任编辑:方一舟\n\n" +
                            "青溪网8月29日报道(青溪日报记者 林小禾)\n\n  20日傍晚,在青溪县桂阳乡新时代文明实践志愿服务站,志愿者接到群众的求助电话。\n";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal("青溪县:城乡融合共育文明新风", a.Title);
        Assert.Equal(["林小禾"], a.Byline.Authors);
    }

    [Theory]
    [InlineData("青溪·(中国)Qingxi·官方网站\n\n", "")]                                     // a site's name
    [InlineData("白河村文明实践站启用\n\n", "  白河村文明实践站启用。青溪县供图\n\n")] // a caption shown again in the story
    public void A_site_name_or_a_repeated_caption_opening_the_page_is_no_kicker(string first, string caption)
    {
        var r = Parsing.Parse(first + AnchoredStory + caption);
        Assert.Null(r.Articles.Single(a => a.Title is not null).Kicker);
    }

    [Fact]
    public void Reporters_closing_a_dated_row_of_paper_and_page_fields_are_the_authors()
    {
        var text = "新二社区志愿服务传递温暖\n\n2025-03-04\n\n2025年03月04日  青溪日报  版次:A10  记者 王明 通讯员 李红\n\n" +
            "  近日,青溪县新二社区组织志愿者开展了系列志愿服务活动,以实际行动传递温暖。\n\n(责任编辑 黄燕)";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(["王明", "李红"], a.Byline.Authors);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("来源:青溪社区   通讯员:郑小川", new[] { "郑小川" })]
    [InlineData("来源:青溪网    通讯员 郑小川 王立", new[] { "郑小川", "王立" })]
    [InlineData("来源:青溪网    记者 郑小川", new[] { "郑小川" })]
    [InlineData("时间:2022-03-06     作者:郑小川【原创】   阅读", new[] { "郑小川" })]  // a bracketed tag glued after the name
    [InlineData("【作者:郑小川】【来源:青溪网】", new[] { "郑小川" })]
    [InlineData("撰稿:郑小川 王立", new[] { "郑小川", "王立" })]
    public void The_author_field_or_a_reporter_role_block_of_the_meta_line_is_the_byline(string meta, string[] authors)
    {
        var a = Parsing.Parse($"榜样照亮回家的路\n{meta}\n{Body}").Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
    }

    [Theory]
    [InlineData("【撰稿:郑小川 责编:王立 审核:钱多多】", new[] { "郑小川" })]   // a school's credits under its news item
    [InlineData("撰文:郑小川", new[] { "郑小川" })]
    public void The_drafter_credited_under_the_story_is_its_author_and_the_editors_are_not(string credit, string[] authors)
    {
        var a = Parsing.Parse($"榜样照亮回家的路\n\n{Body}\n{credit}\n").Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
    }

    [Fact]
    public void A_forum_picture_s_attachment_info_between_the_body_and_the_meta_line_leaves_the_byline_to_the_story()
    {
        var text = $"青溪论坛\n\n标题: 文明青溪行,青春来助力 [打印本页]\n\n作者: 青溪社区发言人    时间: 2022-12-4 16:05\n标题: 文明青溪行,青春来助力\n" +
            $"   {Body}\n(, 下载次数: 98)\n来源:青溪社区   通讯员:郑小川\n";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(["郑小川"], a.Byline.Authors);
        Parsing.AssertNoTextLoss(text, r);
    }

    private const string PictureReport = "近日,青溪县白石镇文化礼堂内热闹非凡,书画进万家活动正在这里举行,村里的书法爱好者为乡亲们写春联、送祝福。 李明 文/摄\n";

    [Theory]
    [InlineData("- 乡贤参与基层治理 构筑幸福共同体\n- 护航稳增长\n- 打好乡愁牌 合力建家园\n", 3)]
    [InlineData("- 乡贤参与基层治理 构筑幸福共同体\n- 护航稳增长\n- 打好乡愁牌 合力建家园\n- 学无止境 赋能未来\n", 4)]
    public void Markdown_list_items_after_the_story_are_the_pages_other_headlines(string list, int headlines)
    {
        var text = PictureReport + list;
        var r = Parsing.Parse(text);
        Assert.Single(r.Articles);
        Assert.Equal(headlines, r.Bulletin.Discarded.Count(d => d.Reason == DiscardReasons.HeadlineList));
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Unmarked_short_lines_after_the_story_are_not_taken_for_a_headline_list()
    {
        var r = Parsing.Parse(PictureReport + "乡贤参与基层治理 构筑幸福共同体\n护航稳增长\n打好乡愁牌 合力建家园\n");
        Assert.DoesNotContain(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.HeadlineList);
    }
}
