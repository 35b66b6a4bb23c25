using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>Paragraph repair, in-article headings, photos, ads and quality flags.</summary>
public sealed class BodyTests
{
    private const string Head = "海淀区开展志愿服务活动\n\n本报讯(张三)";

    [Theory]
    [InlineData("宣传防疫政策防护知识,提高\n\n群众自我保护能力。", "宣传防疫政策防护知识,提高群众自我保护能力。")]
    [InlineData("争做群众心理疏导员。发挥心\n\n理咨询行业协会作用。", "争做群众心理疏导员。发挥心理咨询行业协会作用。")]
    [InlineData("乐山始终把打造脱贫奔康精神家园作为深入推进精神扶贫工作的\n\n有力抓手,精心策划开展活动。", "乐山始终把打造脱贫奔康精神家园作为深入推进精神扶贫工作的有力抓手,精心策划开展活动。")]
    [InlineData("格尔木市是一个崇尚道德、乐善互助的爱\n\n心城市。", "格尔木市是一个崇尚道德、乐善互助的爱心城市。")]
    public void Paragraph_broken_mid_sentence_by_a_column_break_is_joined(string body, string joined)
    {
        var a = Parsing.Parse(Head + "近日,活动举行。\n\n" + body).Articles.Single();
        Assert.Equal(["近日,活动举行。", joined], a.Paragraphs);
        Assert.DoesNotContain(ArticleFlags.Truncated, a.Flags);
    }

    [Fact]
    public void Real_paragraph_ends_are_kept()
    {
        var a = Parsing.Parse(Head + "第一段结束。\n\n第二段“引语结束。”\n\n第三段结束！").Articles.Single();
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.Equal("第一段结束。\n第二段“引语结束。”\n第三段结束！", a.Text);
    }

    [Theory]
    [InlineData("开展“三宣传”\n\n宣传疫情防控各项政策措施和一线先进典型", new[] { "开展“三宣传”", "宣传疫情防控各项政策措施和一线先进典型" })]
    [InlineData("◎ 强化市级推动 切实增强工作的责任感", new[] { "强化市级推动 切实增强工作的责任感" })]
    [InlineData("优化布局设计 激发阵地新活力", new[] { "优化布局设计 激发阵地新活力" })]
    public void Short_lines_between_paragraphs_are_headings_not_new_articles(string headings, string[] expected)
    {
        var a = Parsing.Parse(Head + "近日,活动举行。\n\n" + headings + "\n\n充分运用媒体宣传方式,传播党的声音。").Articles.Single();
        Assert.Equal(expected, a.Headings.Select(h => h.Text));
        Assert.All(a.Headings, h => Assert.Equal(1, h.BeforeParagraph));
    }

    [Fact]
    public void Paragraph_cut_before_a_heading_is_flagged_truncated()
    {
        var a = Parsing.Parse("天津市北辰区作用\n\n津文\n\n自中央文明办下发《关于在打赢疫情防控阻击战中有针对性地开\n\n开展“三宣传”\n\n充分运用媒体宣传方式。").Articles.Single();
        Assert.Equal(["开展“三宣传”"], a.Headings.Select(h => h.Text));
        Assert.Equal([ArticleFlags.Truncated], a.Flags);
    }

    [Fact]
    public void Paragraph_cut_at_the_page_end_is_flagged_truncated() =>
        Assert.Contains(ArticleFlags.Truncated, Parsing.Parse(Head + "近日,东西大街、黄河路、").Articles.Single().Flags);

    [Theory]
    [InlineData("单位、社区微信平台 and 手机客户端等多媒介传播。", true)]
    [InlineData("依托志愿者服务V站和手机APP开展活动。", false)]
    [InlineData("开展5G应用 and 推广。", true)]
    public void Stray_ascii_words_between_chinese_text_are_ocr_noise(string body, bool noisy) =>
        Assert.Equal(noisy, Parsing.Parse(Head + body).Articles.Single().Flags.Contains(ArticleFlags.OcrNoise));

    [Fact]
    public void Repeated_passage_inside_an_article_is_flagged()
    {
        var body = "大力选树道德模范,高标准建设高县榜样馆、乡村荣誉殿堂,营造崇德向善风气。\n\n定期举办群众文化活动。高标准建设高县榜样馆、乡村荣誉殿堂,营造崇德向善风气。";
        Assert.Contains(ArticleFlags.DuplicatedPassage, Parsing.Parse(Head + body).Articles.Single().Flags);
    }

    [Theory]
    [InlineData("图为3月8日,村民在为光伏组件进行除尘。刘丽强摄", new[] { "刘丽强" })]
    [InlineData("图为义诊活动现场。鲍明全 王建国 摄", new[] { "鲍明全", "王建国" })]
    [InlineData("民间艺人向孩子们示范如何操纵木偶。\n\n计海新 摄", new[] { "计海新" })]
    [InlineData("党员干部为农田送去水源。\n\n徐军勇 许智良 摄", new[] { "徐军勇", "许智良" })]
    public void Photo_caption_ending_with_photographers_is_a_photo_item(string caption, string[] photographers)
    {
        var r = Parsing.Parse(Head + "近日,活动举行。\n\n\n\n" + caption);
        Assert.Equal(2, r.Articles.Count);
        var photo = r.Articles[1];
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.Null(photo.Title);
        Assert.Equal(photographers, photo.Byline.Authors);
        Assert.Equal(BylineKind.Photographer, photo.Byline.Kind);
        Assert.DoesNotContain("摄", photo.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sponsor_box_is_an_ad_and_the_next_title_starts_a_new_article()
    {
        var r = Parsing.Parse(Head + "近日,活动举行。\n\n全国精神文明建设\n经验·交流征文\n片仔癀杯\n全国文明单位\n漳州片仔癀药业股份有限公司联办\n\n\n\n宁夏银川市 举行入队仪式\n\n本报讯(肖梦琪)近日,仪式举行。");
        Assert.Equal([ArticleKind.Article, ArticleKind.Ad, ArticleKind.Article], r.Articles.Select(a => a.Kind));
        Assert.Equal(5, r.Articles[1].Paragraphs.Count);
        Assert.Null(r.Articles[1].Title);
    }

    [Fact]
    public void Title_mentioning_an_essay_contest_with_a_byline_is_still_an_article() =>
        Assert.Equal(ArticleKind.Article, Parsing.Parse("海淀区举办文明征文活动\n\n本报讯(张三)近日,活动举行。").Articles.Single().Kind);
}
