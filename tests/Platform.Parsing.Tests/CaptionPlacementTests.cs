using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>Photo captions printed between a headline and its lead, or above the story.</summary>
public sealed class CaptionPlacementTests
{
    [Fact]
    public void Caption_between_headline_and_lead_keeps_the_lead_in_the_story()
    {
        var a = Parsing.Parse("白河:“文明周末” 传承雷锋精神\n在白河县东湖小区,志愿者在清扫街道。\n" +
            "青溪网讯(通讯员 钱多多)3月5日,白河县开展“文明周末”行动,志愿者参与交通引导、社区义诊等活动。\n" +
            "志愿者在向居民发放宣传资料。").Articles.Single();
        Assert.Equal("白河:“文明周末” 传承雷锋精神", a.Title);
        Assert.Equal(["钱多多"], a.Byline.Authors);
    }

    private const string StoryTop = "冬日送暖 爱心同行丨这份温暖,从县城向乡村涌动\n\n  青溪日报记者 张明\n\n  入冬以来,青溪县各界爱心人士纷纷行动起来。\n\n" +
        "  12月初,青溪县气温骤降,县里启动送温暖行动,各乡镇纷纷响应,志愿者走村入户送去棉衣。\n\n";

    private const string StoryRest = "\n\n  从城区的街巷到偏远的山村,一个个爱心驿站陆续开放,让青溪今冬处处有温暖。\n\n" +
        "  志愿者们表示,送温暖行动将持续到春节前后,覆盖全县每一个村。";

    [Theory]
    [InlineData("12月15日,志愿者在白河乡为独居老人送去棉被和米面油,并帮助老人打扫庭院。王芳 摄")]
    [InlineData("12月15日,志愿者在白河乡帮助茶农采摘茶叶。(白河乡供图)")]
    public void Credited_picture_inside_a_headlined_story_keeps_the_text_after_it_in_the_story(string caption)
    {
        var text = StoryTop + caption + StoryRest;
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal("这份温暖,从县城向乡村涌动", a.Title);
        Assert.Equal(["张明"], a.Byline.Authors);
        Assert.Null(a.Byline.Organization);
        Assert.Equal(5, a.Paragraphs.Count);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("图为团队成员在扫社区周边的垃圾。青溪网通讯员 林小禾摄 图为团队成员在捡路边的垃圾。青溪网通讯员 林小禾 摄")]
    [InlineData("图为团队成员在扫社区周边的垃圾。青溪网通讯员 林小禾摄图为团队成员在捡路边的垃圾。青溪网通讯员 林小禾摄")]
    public void Captions_run_together_under_their_reporters_story_are_a_photo_group(string captions)
    {
        var text = "青溪网6月22日电(通讯员 林小禾)青溪学院志愿服务队开展了义务清扫活动,并向公园的居民宣传环保,带动民众一起参与环保。\n" + captions + "\n";
        var r = Parsing.Parse(text);
        Assert.Equal([ArticleKind.Article, ArticleKind.Photo, ArticleKind.Photo], r.Articles.Select(a => a.Kind));
        Assert.All(r.Articles, a => Assert.Equal(["林小禾"], a.Byline.Authors));
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void An_unpunctuated_caption_closed_by_its_supplying_unit_is_a_picture_of_the_story_not_a_headline()
    {
        const string text = "青溪县开展集中文明劝导志愿服务\n来源:某某文明网  2019-10-23 09:08:33  作者:林小禾\n\n" +
                            "  10月13日,记者走进青溪镇十里花溪,数名志愿者正在对各类不文明行为进行劝导。\n\n在武功山风景名胜区,志愿者为游客指引路线(青溪武功山供图)\n\n" +
                            "  据了解,当天,市创建办在全市开展第四次集中性文明劝导志愿服务活动。\n";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal("在武功山风景名胜区,志愿者为游客指引路线", a.Paragraphs[1]);
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.Contains(r.Bulletin.Discarded, d => d.Text == "(青溪武功山供图)" && d.Reason == DiscardReasons.PhotoCredit);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Credited_picture_under_a_lead_alone_stays_a_photo()
    {
        var r = Parsing.Parse(StoryTop[..StoryTop.IndexOf("  12月初", StringComparison.Ordinal)] + "12月15日,志愿者在白河乡为独居老人送去棉被,并帮助老人打扫庭院。王芳 摄" + StoryRest);
        Assert.Contains(r.Articles, a => a.Kind == ArticleKind.Photo);
    }

    private const string UntitledStory = "青溪县地处山区,近年来以新时代文明实践站为依托,把志愿服务送到群众家门口。\n" +
        "入秋以来,全县志愿者走进田间地头,帮助困难家庭抢收庄稼,又在集市上开展义诊和政策宣讲。\n" +
        "志愿者们表示,将把这些服务坚持下去,让文明新风吹进每一个村。";

    [Theory]
    [InlineData("图为白河乡志愿者在集市开展义诊。本报记者 王芳 摄\n", 1)]
    [InlineData("图为白河乡志愿者在集市开展义诊。本报记者 王芳 摄\n\n图为东湖镇志愿者帮助困难家庭秋收。本报记者 王芳 摄\n", 2)]
    public void Credited_pictures_opening_the_page_above_an_untitled_story_are_the_story_s(string pictures, int count)
    {
        var text = pictures + UntitledStory;
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(ArticleKind.Article, a.Kind);
        Assert.Equal(count + 3, a.Paragraphs.Count);
        Assert.StartsWith("图为白河乡", a.Paragraphs[0]);
        Assert.Empty(a.Byline.Authors);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("白河乡志愿者在集市开展义诊。通讯员 王芳 摄\n东湖镇志愿者帮助困难家庭秋收。记者 李明 摄\n西山村志愿者清理河道垃圾。通讯员 赵刚 摄\n")]
    [InlineData("①白河乡志愿者在集市开展义诊。王芳 摄\n")]
    public void Three_pictures_or_numbered_captions_above_an_untitled_story_stay_photos(string pictures)
    {
        var text = pictures + UntitledStory;
        var r = Parsing.Parse(text);
        Assert.Contains(r.Articles, a => a.Kind == ArticleKind.Photo);
        Assert.Contains(r.Articles, a => a.Kind == ArticleKind.Article);
        Parsing.AssertNoTextLoss(text, r);
    }

    private const string StoryUnderGroup = "他们,这样守护青溪\n" +
        "在学雷锋日到来前,青溪县许多学校用别样方式弘扬雷锋精神,志愿者走进社区、车站和敬老院,让人眼睛一亮。\n" +
        "3月4日上午,青溪中学的志愿服务团队来到城东敬老院开展慰问活动,为老人们打扫房间、表演节目。";

    [Theory]
    [InlineData("白河,志愿者为老人理发。\n东湖,街头义诊受欢迎。\n", 2)]
    [InlineData("白河,志愿者为老人理发。\n东湖,街头义诊受欢迎。\n西山村,孩子们学习急救技能。\n", 3)]
    public void Uncredited_captions_opening_the_page_above_a_headline_are_photos_and_the_headline_titles_the_story(string captions, int photos)
    {
        var text = captions + StoryUnderGroup;
        var r = Parsing.Parse(text);
        Assert.Equal(Enumerable.Repeat(ArticleKind.Photo, photos).Append(ArticleKind.Article), r.Articles.Select(a => a.Kind));
        Assert.Equal("白河,志愿者为老人理发。", r.Articles[0].Paragraphs.Single());
        Assert.Equal("他们,这样守护青溪", r.Articles[^1].Title);
        Assert.Equal(2, r.Articles[^1].Paragraphs.Count);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("白河,志愿者为老人理发。\n")]
    [InlineData("白河,志愿者为老人理发,东湖的志愿者在街头开展义诊,很受欢迎。\n东湖,街头义诊受欢迎。\n")]
    public void One_caption_or_a_long_sentence_above_a_headline_makes_no_photo_group(string lines)
    {
        var r = Parsing.Parse(lines + StoryUnderGroup);
        Assert.DoesNotContain(r.Articles, a => a.Kind == ArticleKind.Photo);
    }

    private const string SceneCaption = "11月2日,青溪县枫桥镇义工联合会的志愿者在陈家社区为群众理发。义工联合会目前共有志愿者两百余人。 新华社记者 王明 摄";

    [Theory]
    [InlineData("青溪志愿者服务群众\n\n" + SceneCaption + "\n\n" + SceneCaption, 1)]
    [InlineData("青溪志愿者服务群众\n\n" + SceneCaption + "\n" + SceneCaption, 1)]
    [InlineData("志愿者在社区清扫街道。通讯员 王明 摄\n志愿者在社区清扫街道。通讯员 王明 摄\n", 2)]
    public void A_long_caption_and_credit_printed_twice_is_one_photo_but_short_labels_are_two(string text, int photos)
    {
        var r = Parsing.Parse(text);
        Assert.Equal(photos, r.Articles.Count(a => a.Kind == ArticleKind.Photo));
        Assert.All(r.Articles, a => Assert.Equal(["王明"], a.Byline.Authors));
        if (photos == 1) Assert.Contains(ArticleFlags.DuplicatedPassage, r.Articles[0].Flags);
        Parsing.AssertNoTextLoss(text, r);
    }

    private const string LongParagraph = "  相关负责同志介绍说,此次志愿服务活动是全县生态文明活动月的一部分,今年将从主题宣传、文明劝导、环境整治等方面持续推进,让文明新风吹进千家万户。\n\n";

    [Theory]
    [InlineData("  记者 王芳 文并摄")]
    [InlineData("  记者 王芳 文/图")]
    [InlineData("(记者 王芳 图/文)")]
    public void A_writer_and_photographer_credit_under_a_long_paragraph_signs_the_story(string credit)
    {
        var text = "日前,青溪县新时代文明实践志愿服务队共80余名志愿者来到县城惠泽园小区,开展环境卫生整治活动。\n\n" + LongParagraph + credit;
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal(ArticleKind.Article, a.Kind);
        Assert.Equal(["王芳"], a.Byline.Authors);
        Assert.Equal(2, a.Paragraphs.Count);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void A_writer_and_photographer_credit_under_a_short_caption_credits_the_photo()
    {
        var r = Parsing.Parse("日前,青溪县新时代文明实践志愿服务队共80余名志愿者来到县城惠泽园小区,开展环境卫生整治活动。\n\n志愿者在清扫小区道路。\n记者 王芳 文并摄");
        Assert.Contains(r.Articles, a => a.Kind == ArticleKind.Photo && a.Byline.Authors.SequenceEqual(["王芳"]));
    }

    private const string GalleryPage = "青溪县新时代文明实践中心\n\n2021-12-02 17:24  青溪文明网\n\n青溪县新时代文明实践中心工作情况简介\n\n" +
        "  近年来,青溪县依托乡镇文化站和村活动室,建起一批文明实践站点,覆盖全县城乡。\n\n" +
        "  今年以来,各站点组织读书会、义诊、文艺演出等活动数百场,群众参与热情很高。\n\n   \n\n";

    [Fact]
    public void Short_lines_after_the_last_paragraph_of_a_web_story_are_its_gallery()
    {
        var text = GalleryPage + "  实践站阅览室\n\n   \n\n  白河村乡风文明讲堂\n\n   \n\n  东湖镇开展“邻里一家亲”主题活动\n\n责任编辑:李明";
        var r = Parsing.Parse(text);
        Assert.Equal([ArticleKind.Article, ArticleKind.Photo, ArticleKind.Photo, ArticleKind.Photo], r.Articles.Select(a => a.Kind));
        Assert.Empty(r.Articles[0].Headings);
        Assert.Equal("实践站阅览室", r.Articles[1].Paragraphs.Single());
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Two_short_lines_after_a_web_story_stay_its_headings()
    {
        var r = Parsing.Parse(GalleryPage + "  实践站阅览室\n\n   \n\n  白河村乡风文明讲堂\n");
        Assert.Equal(ArticleKind.Article, r.Articles.Single().Kind);
    }

    [Fact]
    public void Widget_labels_after_a_web_story_are_no_gallery()
    {
        var r = Parsing.Parse(GalleryPage + "  打赏\n\n  最新评论\n\n  更多\n\n  换一换\n");
        Assert.Equal(ArticleKind.Article, r.Articles.Single().Kind);
    }

    [Fact]
    public void Short_brief_before_another_lead_stays_its_own_story()
    {
        var r = Parsing.Parse("白河县开展文明实践活动\n本报讯(钱多多)近日,白河县开展文明实践活动。\n" +
            "本报讯(孙立)近日,青溪县组织志愿者清扫街道,居民纷纷参与。");
        Assert.Equal(2, r.Articles.Count);
    }

    [Fact]
    public void Tu_wei_captions_above_an_untitled_story_are_not_its_title()
    {
        var a = Parsing.Parse("\n图为白河县志愿服务队集体合影\n\n图为志愿者在打扫环境卫生\n" +
            "3月5日上午,白河县组织志愿者开展便民服务活动,居民纷纷点赞。\n(钱多多)").Articles.Single();
        Assert.Null(a.Title);
        Assert.Equal(["钱多多"], a.Byline.Authors);
    }

    [Fact]
    public void Tu_wei_caption_under_the_headline_keeps_the_lead_in_the_story()
    {
        var a = Parsing.Parse("白河县开展学雷锋活动\n图为志愿者在打扫环境卫生\n本报讯(钱多多)3月5日,白河县组织志愿者开展便民服务活动。").Articles.Single();
        Assert.Equal("白河县开展学雷锋活动", a.Title);
        Assert.Equal(["钱多多"], a.Byline.Authors);
    }

    [Theory]
    [InlineData("(融媒体记者钱多多 通讯员 孙立 文/图)")]
    [InlineData("(记者 钱多多 孙立 摄)")]
    public void Caption_between_a_web_headline_and_a_picture_credited_lead_is_no_headline(string byline)
    {
        var a = Parsing.Parse("首页 | 新闻 | 图片 | 视频\n\n2025年03月07日\n\n开展系列活动 参与志愿服务\n\n小朋友在清理垃圾\n\n" +
            $"本报讯 {byline}近日,白河乡新时代文明实践站开展学雷锋主题系列活动。").Articles.Single();
        Assert.Equal("开展系列活动 参与志愿服务", a.Title);
        Assert.Equal(2, a.Byline.Authors.Count);
    }

    [Fact]
    public void Sourced_caption_is_no_headline_and_keeps_the_lead_in_the_story()
    {
        var r = Parsing.Parse("发布时间:2019-05-20 22:17 | 来源:青溪文明网\n白河县好人榜发布仪式现场。图片来源:青溪文明网\n" +
            "本报讯(记者 钱多多)白河县9日举办身边好人交流活动,发布本月好人榜,十人上榜。");
        var a = r.Articles.Single();
        Assert.Null(a.Title);
        Assert.Equal(["钱多多"], a.Byline.Authors);
    }

    [Fact]
    public void Credited_pictures_between_a_headline_and_its_dateline_lead_keep_the_lead_in_the_story()
    {
        var a = Parsing.Parse("白河县发布年度好人榜\n2021-05-10 09:20:31 来源:青溪网\n志愿者代表上台领奖。 孙立 摄\n\n好人代表合影留念。 孙立 摄\n\n" +
            "  青溪网5月10日讯(记者钱多多实习记者孙立)白河县9日举办好人发布活动,十二人上榜。\n\n  活动由县文明办主办。").Articles.Single();
        Assert.Equal("白河县发布年度好人榜", a.Title);
        Assert.Equal(["钱多多", "孙立"], a.Byline.Authors);
    }

    private const string LongBody = "文明城市的创建过程,就是一个不断让群众拥有更多获得感、幸福感的过程。去年8月,白河县要求城区继续创建文明城市。";

    [Theory]
    [InlineData("□记者 钱多多 文/图")]
    [InlineData("通讯员 孙立 记者 钱多多 图/文")]
    public void Text_and_picture_credit_under_the_headline_is_the_byline(string credit)
    {
        var a = Parsing.Parse($"白河县创建文明城市工作掠影\n{credit}\n{LongBody}").Articles.Single();
        Assert.Equal(Platform.Contracts.Documents.ArticleKind.Article, a.Kind);
        Assert.Equal("白河县创建文明城市工作掠影", a.Title);
        Assert.Contains("钱多多", a.Byline.Authors);
    }

    [Fact]
    public void Subtitle_over_a_text_and_picture_credit_keeps_one_story()
    {
        var r = Parsing.Parse($"|\n——白河县创建文明城市工作掠影\n□记者 钱多多 文/图\n{LongBody}");
        Assert.Equal(["钱多多"], r.Articles.Single().Byline.Authors);
    }

    [Theory]
    [InlineData("本报特约记者 钱多多 摄")]
    [InlineData("钱多多 摄")]
    [InlineData("青川日报记者 钱多多 摄")]
    public void Headline_lead_and_tu_wei_caption_over_a_credit_is_a_photo_story(string credit)
    {
        var a = Parsing.Parse($"邻里互助暖人心\n\n白河县各社区连日来开展邻里互助活动,居民踊跃参与。\n\n图为青年志愿者为独居老人修理电器。\n\n{credit}\n")
            .Articles.Single();
        Assert.Equal(ArticleKind.Photo, a.Kind);
        Assert.Equal("邻里互助暖人心", a.Title);
        Assert.Equal(["钱多多"], a.Byline.Authors);
    }

    [Theory]
    [InlineData("清晨,市民在河畔晨练。钱多多 摄孩子们在草坪放风筝。钱多多 摄老人在凉亭下棋。钱多多 摄", 3)]
    [InlineData("清晨,市民在河畔晨练。钱多多 摄孩子们在草坪放风筝。孙小立 摄", 2)]
    public void Captions_run_together_on_one_line_are_cut_at_each_credit(string line, int photos)
    {
        var r = Parsing.Parse(line + "\n");
        Assert.Equal(photos, r.Articles.Count(a => a.Kind == ArticleKind.Photo && a.Byline.Authors.Count == 1));
        Parsing.AssertNoTextLoss(line, r);
    }

    [Fact]
    public void Credited_picture_between_a_headline_and_its_dateline_lead_stays_in_the_story()
    {
        var r = Parsing.Parse("白河县举行好人代表座谈会\n9月18日,郑小川在白河县与好人代表交谈。 青溪社记者王立摄\n" +
            "青溪网白河9月18日电(记者孙立)郑小川18日在白河县与身边好人代表座谈,听取他们的故事。");
        var a = r.Articles.Single();
        Assert.Equal(("白河县举行好人代表座谈会", ArticleKind.Article), (a.Title, a.Kind));
        Assert.Equal(["孙立"], a.Byline.Authors);
    }

    [Fact]
    public void Headline_run_onto_the_captions_behind_asterisks_is_the_first_photo_title()
    {
        const string line = "青溪:河畔春意浓******青溪河畔的步道近日全线开放。钱多多 摄清晨,市民在河畔晨练。钱多多 摄";
        var r = Parsing.Parse(line + "\n");
        Assert.Equal([("青溪:河畔春意浓", ArticleKind.Photo), (null, ArticleKind.Photo)], r.Articles.Select(a => (a.Title, a.Kind)));
        Parsing.AssertNoTextLoss(line, r);
    }

    [Theory]
    [InlineData("⑩", new[] { "孙立", "钱多多" })]
    [InlineData("⑦", new[] { "孙立", "钱多多" })]
    public void Stray_number_before_a_captions_own_credit_starts_no_photo(string mark, string[] authors)
    {
        var text = $"图① 5月2日,青溪县志愿者在公园里捡拾垃圾。\n本报记者 赵一鸣 摄\n图② 5月2日,白石镇志愿者为老人打扫庭院。{mark} 本报记者 孙立 通讯员 钱多多 摄\n";
        var r = Parsing.Parse(text);
        Assert.Equal(2, r.Articles.Count);
        Assert.Equal(authors, r.Articles[1].Byline.Authors);
        Parsing.AssertNoTextLoss(text, r);
    }

    private const string LongReport =
        "5月2日,青溪县白石镇组织志愿者开展清扫街道活动,志愿者们分成六个小组,把主要街巷的垃圾和杂物清理得干干净净。" +
        "随后,志愿者们走进沿街商户,为店主讲解垃圾分类的办法,并发放宣传资料三百余份。镇文明办负责人表示,今后将把这项" +
        "活动作为常态,每月组织一次,让文明新风走进千家万户,让居民生活的环境更加整洁美丽,也让更多的年轻人加入志愿服务的队伍中来。";

    [Theory]
    [InlineData("(青溪日报记者 孙立 通讯员 钱多多 文/图)", ArticleKind.Article)]
    [InlineData("(青溪日报记者 孙立 通讯员 钱多多 图/文) |", ArticleKind.Article)]
    public void Long_story_closed_by_a_text_and_picture_credit_stays_an_article(string credit, ArticleKind kind)
    {
        var a = Parsing.Parse(LongReport + credit + "\n").Articles.Single();
        Assert.Equal(kind, a.Kind);
        Assert.Equal(["孙立", "钱多多"], a.Byline.Authors);
    }

    [Fact]
    public void Short_caption_closed_by_a_text_and_picture_credit_is_a_photo() =>
        Assert.Equal(ArticleKind.Photo, Parsing.Parse("青溪县志愿者在公园里捡拾垃圾。(记者 孙立 文/图)\n").Articles.Single().Kind);

    private const string MarkedFeatureBody = "在青溪县城,总能遇见一支支热心的队伍,他们就是青溪的志愿者,活跃在大街小巷、社区和乡村。\n" +
        "目前青溪有各类志愿服务组织两百多个,注册志愿者一万余名。";

    [Theory]
    [InlineData("▲志愿者在白河广场参加誓师大会。\n▲两名学生志愿者在车站给旅客倒开水。\n▲农民工代表参加誓师大会。\n", 3)]
    [InlineData("▲志愿者在白河广场参加誓师大会。\n3月5日,志愿者在东湖畔植树。\n▲两名学生志愿者在车站给旅客倒开水。\n", 3)] // one lost its marker
    [InlineData("▲志愿者在白河广场参加誓师大会。\n▲两名学生志愿者在车站给旅客倒开水。\n?3月5日,志愿者在东湖畔植树。\n", 3)]   // a converter's ?
    public void Marked_captions_opening_a_headlined_story_are_its_photos(string captions, int photos) =>
        AssertOpeningPhotos("青溪志愿者:共铸志愿服务新品牌", captions, photos);

    [Theory]
    [InlineData("▲志愿者在白河广场参加誓师大会。\n")]                                          // one marked caption is the story's picture
    [InlineData("?志愿者在白河广场参加誓师大会。\n?两名学生志愿者在车站给旅客倒开水。\n")]    // a converter's ? alone marks nothing
    public void A_lone_marked_caption_stays_in_the_story(string captions)
    {
        var r = Parsing.Parse("青溪志愿者:共铸志愿服务新品牌\n" + captions + MarkedFeatureBody);
        Assert.DoesNotContain(r.Articles, a => a.Kind == ArticleKind.Photo);
    }

    [Theory]
    [InlineData("志愿者在白河打捞杂草。\n志愿者在白河打捞杂草。\n白石镇举办村晚。\n白石镇举办村晚。\n", 2)]
    [InlineData("志愿者在白河打捞杂草。\n\n志愿者在白河打捞杂草。\n\n白石镇举办村晚。\n\n白石镇举办村晚。\n\n老人们在广场跳舞。\n\n老人们在广场跳舞。\n\n", 3)]
    public void Captions_each_printed_twice_opening_a_headlined_story_are_its_photos(string pairs, int photos)
    {
        var r = AssertOpeningPhotos("青溪志愿服务新探索", pairs, photos);
        Assert.All(r.Articles.Where(a => a.Kind == ArticleKind.Photo), p => Assert.Equal(p.Paragraphs[0], p.Paragraphs[1]));
    }

    // The story under the headline keeps its two paragraphs of text, and the pictures before them are its photos.
    private static ParseResult AssertOpeningPhotos(string headline, string pictures, int photos)
    {
        var text = headline + "\n" + pictures + MarkedFeatureBody;
        var r = Parsing.Parse(text);
        var story = r.Articles.Single(a => a.Kind == ArticleKind.Article);
        Assert.Equal(headline, story.Title);
        Assert.Equal(2, story.Paragraphs.Count);
        Assert.Equal(photos, r.Articles.Count(a => a.Kind == ArticleKind.Photo));
        Parsing.AssertNoTextLoss(text, r);
        return r;
    }

    [Theory]
    [InlineData("志愿者在白河打捞杂草。\n志愿者在白河打捞杂草。\n")]                        // one repeated line is a copy slip
    [InlineData("志愿者在白河打捞杂草。\n白石镇举办村晚。\n志愿者在白河打捞杂草。\n白石镇举办村晚。\n")] // not repeated in a row
    public void Lines_not_printed_twice_in_a_row_twice_over_stay_in_the_story(string lines)
    {
        var r = Parsing.Parse("青溪志愿服务新探索\n" + lines + MarkedFeatureBody);
        Assert.DoesNotContain(r.Articles, a => a.Kind == ArticleKind.Photo);
    }

    [Fact]
    public void Untitled_lead_over_a_credited_picture_shown_by_tu_wei_is_the_photos_lead()
    {
        var text = "近日,为引导群众共护绿水青山,青溪市组织开展了河道垃圾清理志愿服务活动。\n图为志愿者在白河城区段清理两岸垃圾。\n本报记者 李明 摄\n";
        var r = Parsing.Parse(text);
        var photo = r.Articles.Single();
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.Equal(2, photo.Paragraphs.Count);
        Assert.Equal(["李明"], photo.Byline.Authors);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Untitled_text_over_a_picture_that_does_not_point_back_stays_an_article()
    {
        var r = Parsing.Parse("近日,为引导群众共护绿水青山,青溪市组织开展了河道垃圾清理志愿服务活动。\n志愿者在白河城区段清理两岸垃圾。\n本报记者 李明 摄\n");
        Assert.Contains(r.Articles, a => a.Kind == ArticleKind.Article);
    }

    [Theory]
    [InlineData("青溪县城市面貌。单位供图")]
    [InlineData("青溪县城市面貌。王芳 摄")]
    public void Credited_picture_set_apart_between_web_headline_and_text_is_the_storys(string caption)
    {
        var text = "当前位置:首页 > 新闻中心 > 正文\n\n青溪县:文明新风入万家 和美乡村展新颜\n\n\n" + caption + "\n\n\n" +
            "5月23日,全国精神文明建设表彰大会召开,青溪县再次入选全国文明城市名单。\n\n\n" +
            "东湖小区居民在活动区打乒乓球。单位供图\n\n\n" +
            "在开展文明创建工作以前,东湖小区乱象丛生,如今已是整洁有序。\n";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal("青溪县:文明新风入万家 和美乡村展新颜", a.Title);
        Assert.Empty(a.Byline.Authors);
        Assert.Equal(4, a.Paragraphs.Count);
        Parsing.AssertNoTextLoss(text, r);
    }
}
