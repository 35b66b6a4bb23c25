using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>Every seed's items in reading order with kind, kicker, title, subtitle, authors and organization.</summary>
public sealed class SeedTests
{
    public static TheoryData<string, SeedItem[]> Seeds => new()
    {
        {
            "000", [
                new(ArticleKind.Article, "天津市北辰区充分发挥精神文明建设在疫情防控中的作用", ["津文"], Flags: [ArticleFlags.Truncated, ArticleFlags.OcrNoise]),
                new(ArticleKind.Article, "广东佛山南海区慰问援鄂医护人员家属", ["周钊梁", "梁敏婷"]),
                new(ArticleKind.Article, "湖南长沙开福区:好人战疫筑起“平安墙”", ["胡文"]),
                new(ArticleKind.Article, "安徽淮北公墓推出“代客祭扫”服务", ["韩惠", "陈贤"], Kicker: "隔离病毒不隔离思念"),
                new(ArticleKind.Article, "安吉县综合行政执法局报福执法所“三个着力”深入推进垃圾分类工作", ["朱欢"]),
                new(ArticleKind.Photo, null, ["刘丽强"]),
                new(ArticleKind.Article, "太原市万柏林区部署2020年创建全国文明城市工作", ["梁晋杰", "杨丽华"]),
                new(ArticleKind.Article, "青海同仁县“五个精准”助推全面打赢脱贫攻坚战", ["巨正措"]),
            ]
        },
        {
            "001", [
                new(ArticleKind.Article, "把新时代文明实践活动开展到群众中间去", ["沧文"], Subtitle: "河北省沧州市深化拓展新时代文明实践中心建设"),
                new(ArticleKind.Article, "甘肃省古浪县:彩绘公益广告助力提升城市形象", ["胡天凤"]),
                new(ArticleKind.Photo, null, ["徐军勇", "许智良"]),
                new(ArticleKind.Article, "拉高标杆开新局奋发有为勇争先", ["方文婷", "陈磊"], Subtitle: "安徽省铜陵市郊区深化全国文明城市创建工作纪实"),
                // The orphan body printed after the 铜陵 story, linked to the orphan title at the page end, in the body's place.
                new(ArticleKind.Article, "点滴之间见文明细微之处显美好", ["张小彦", "张一赞"], Subtitle: "陕西省合阳县文明创建绘就城市生活幸福底色", Flags: [ArticleFlags.Truncated]),
                new(ArticleKind.Article, "大同市平城区:新时代文明实践助力文明创建", ["薛克"]),
                new(ArticleKind.Article, "乐至县“三个聚焦”助推文明创建提质增效", ["肖珊"]),
            ]
        },
        {
            "002", [
                new(ArticleKind.Article, "海淀区新时代文明实践中心高举旗帜发动群众共同抗疫", [], "海淀区文明办"),
                new(ArticleKind.Article, "怀柔区新时代文明实践科学抗“疫”贡献志愿服务力量", [], "怀柔区文明办"),
                new(ArticleKind.Article, "延庆区依托“3+3+3+4”布局全面深化拓展新时代文明实践中心建设试点工作", [], "延庆区文明办"),
            ]
        },
        {
            "003", [
                new(ArticleKind.Article, "湖南衡阳市召开全市2024年污染防治攻坚战“夏季攻势”动员部署会", ["衡文"]),
                new(ArticleKind.Article, "打造为民服务“幸福地”", ["福清文"], Subtitle: "福建福清市持续深化党群服务中心规范化建设"),
                new(ArticleKind.Ad, null, []),
                new(ArticleKind.Article, "宁夏银川市举行2024年示范性入队仪式暨“红领巾讲解员”聘任仪式", ["肖梦琪"]),
                new(ArticleKind.Article, "湖北襄阳市开展《襄阳市文明行为促进条例》执法检查", ["周娜", "韩一欣"]),
                new(ArticleKind.Article, "广西南宁市江南区:传播绿色发展理念养成低碳生活习惯", ["阮晓莹", "黄少娜"]),
                new(ArticleKind.Photo, null, ["鲍明全", "王建国"]),
                new(ArticleKind.Article, "青海格尔木市:厚植道德沃土树立重德新风尚", ["樊永涛"]),
            ]
        },
        {
            "004", [
                new(ArticleKind.Article, "念好精神扶贫“三字经”", [], "乐山市委宣传部", Subtitle: "乐山市多措并举助推打赢脱贫攻坚战"),
                new(ArticleKind.Article, "北京启动网络活动邀市民为榜样点赞", ["杨澜"]),
                new(ArticleKind.Article, "陕煤黄陵矿业一号煤矿劳模创新工作室成效可观", ["倪小红"]),
                new(ArticleKind.Article, "农行康定市支行建成甘孜首家社银合作服务点", ["杨丽", "陈建军"]),
                new(ArticleKind.Photo, null, ["计海新"]),
                new(ArticleKind.Quote, null, ["周晨蔚"], "上海市徐汇区文明办"),
                new(ArticleKind.Article, "海东市全力推进移风易俗工作构建文明社会新风尚", ["徐维英"], Flags: [ArticleFlags.OcrNoise]),
                new(ArticleKind.Article, "发挥思想政治工作“生命线”作用", ["严伟力"], Subtitle: "高县凝聚脱贫攻坚强大精神力量", Flags: [ArticleFlags.DuplicatedPassage]),
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_items_are_found_in_reading_order(string seed, SeedItem[] expected)
    {
        var result = Parsing.Parse(Parsing.Seed(seed));
        var actual = result.Articles;
        Assert.True(expected.Length == actual.Count,
            $"expected {expected.Length} items, got {actual.Count}:\n" + string.Join("\n", actual.Select(Parsing.Describe)));
        for (var i = 0; i < expected.Length; i++)
        {
            var e = expected[i];
            var a = actual[i];
            var where = $"item {i + 1}: {Parsing.Describe(a)}";
            Assert.True(e.Kind == a.Kind, where);
            Assert.True(Parsing.Key(e.Title) == Parsing.Key(a.Title), where);
            Assert.True(Parsing.Key(e.Kicker) == Parsing.Key(a.Kicker), where);
            Assert.True(Parsing.Key(e.Subtitle) == Parsing.Key(a.Subtitle), where);
            Assert.True(e.Authors.Select(Parsing.Key).SequenceEqual(a.Byline.Authors.Select(Parsing.Key)), where);
            Assert.True(Parsing.Key(e.Organization) == Parsing.Key(a.Byline.Organization), where);
            foreach (var f in e.Flags ?? []) Assert.True(a.Flags.Contains(f), $"{where} lacks flag {f}: [{string.Join(",", a.Flags)}]");
        }
    }

    [Theory]
    [MemberData(nameof(Parsing.SeedPrefixes), MemberType = typeof(Parsing))]
    public void Seed_loses_no_text(string seed)
    {
        var text = Parsing.Seed(seed);
        Parsing.AssertNoTextLoss(text, Parsing.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Parsing.SeedPrefixes), MemberType = typeof(Parsing))]
    public void Seed_documents_carry_ids_status_and_parser_version(string seed)
    {
        var result = Parsing.Parse(Parsing.Seed(seed));
        Assert.Null(result.RejectReason);
        Assert.Empty(result.Bulletin.Warnings);
        Assert.Equal(result.Articles.Select(a => a.Id), result.Bulletin.ArticleIds);
        Assert.Equal(PipelineStatus.Parsed, result.Bulletin.Status);
        for (var i = 0; i < result.Articles.Count; i++)
        {
            var a = result.Articles[i];
            Assert.Equal(Contracts.Documents.Article.MakeId(Parsing.Context.BulletinId, i + 1), a.Id);
            Assert.Equal(i + 1, a.Ordinal);
            Assert.Equal(PipelineStatus.Parsed, a.Status);
            Assert.Equal(0, a.Version);
            Assert.Null(a.Enrichment);
            Assert.Equal(BulletinParser.Version, a.ParserVersion);
            Assert.Equal(string.Join("\n", a.Paragraphs), a.Text);
        }
    }

    [Fact]
    public void Briefing_seed_has_exact_masthead_and_footer()
    {
        var b = Parsing.Parse(Parsing.Seed("002")).Bulletin;
        Assert.Equal(new Masthead("首都精神文明建设情况简报", 19, 2128, "首都精神文明办", new DateOnly(2020, 4, 29)), b.Masthead);
        var f = b.Footer!;
        Assert.Equal(("梅雪峰", "田文松", "55569506", "55569505", "jswmzhxyc@163.com"), (f.Editor, f.Reviewer, f.Phone, f.Fax, f.Email));
        Assert.Equal(["中央文明办", "首都文明委主任", "副主任", "市委", "市人大", "市政府", "市政协"], f.ReportTo);
        Assert.Equal(["首都文明委委员", "市委", "市政府各部委办局", "各总公司", "高等院校", "市级群众团体"], f.SendTo);
        Assert.Equal(["各区委书记", "区长", "宣传部长", "各区文明办", "有关新闻单位"], f.DistributeTo);
        Assert.Equal(["新时代文明实践中心建设"], b.Sections);
        Assert.All(Parsing.Parse(Parsing.Seed("002")).Articles, a => Assert.Equal("新时代文明实践中心建设", a.Section));
        Assert.Equal(2020, b.Year);
    }

    [Theory]
    [InlineData("000", 2020)]
    [InlineData("002", 2020)]
    [InlineData("003", 2024)]
    [InlineData("004", 2018)]
    [InlineData("001", 2022)]
    public void Seed_year_is_estimated(string seed, int year) => Assert.Equal(year, Parsing.Parse(Parsing.Seed(seed)).Bulletin.Year);

    [Fact]
    public void Seed_000_headings_and_repaired_paragraphs()
    {
        var a = Parsing.Parse(Parsing.Seed("000")).Articles[0];
        Assert.Equal(
            [("开展“三宣传”", 1), ("宣传疫情防控各项政策措施和一线先进典型", 1), ("争当“四大员”", 4), ("把文明实践活动具体化", 4), ("强化“四引领”", 9), ("切实把抵御疫情严密防线工作落到实处", 9)],
            a.Headings.Select(h => (h.Text, h.BeforeParagraph)));
        Assert.Contains(a.Paragraphs, p => p.Contains("提高群众自我保护能力", StringComparison.Ordinal));
        Assert.Contains(a.Paragraphs, p => p.Contains("发挥心理咨询行业协会", StringComparison.Ordinal));
        Assert.Contains(a.Paragraphs, p => p.Contains("宣传和值守工作", StringComparison.Ordinal));
        Assert.Equal(14, a.Paragraphs.Count);
    }

    [Fact]
    public void Seed_001_marked_headings_lose_their_bullet()
    {
        var a = Parsing.Parse(Parsing.Seed("001")).Articles[0];
        Assert.Equal(["强化市级推动 切实增强工作的责任感", "狠抓县级落实 确保文明实践工作落到实处", "动员群众参与 推动文明实践活动有人气"], a.Headings.Select(h => h.Text));
    }
}
