using Platform.Testing;
using Platform.Text;

namespace Platform.Parsing.Tests;

/// <summary>
/// Field-level provenance: for each seed, re-wrapped and traditional copies of seeds, and invented layouts, every
/// field and discarded run cut out of the normalized text at its recorded spans equals the field after the
/// documented joins (<see cref="SourceSpanAssert"/>).
/// </summary>
public sealed class SourceSpanTests
{
    private const string WebPage = """
        首页 > 新闻中心 > 文明创建
        当前位置:首页 > 地方动态
        海淀区开展文明交通志愿服务活动
        发布时间:2024-05-12 09:30 来源:海淀区文明办 作者:张明 李华 字号:[大 中 小] 打印
          5月11日上午，海淀区文明办组织志愿者在中关村大街开展文明交通志愿服务活动，引导市民文明出行。
          活动中，志愿者们手持小旗，在路口劝导行人遵守交通信号，共发放宣传资料两千余份。
        上一篇:朝阳区举办道德讲堂
        下一篇:西城区开展垃圾分类宣传
        版权所有:北京市海淀区文明办 京ICP备12345678号
        """;

    private const string EPaper = """
        2021年12月29日
        第A3版:今日东湖区

        弘扬好家风 传承好家训
        东湖区评选表彰十佳文明家庭
        ——文明家庭表彰大会昨日召开
        本报讯(记者 王 刚 通讯员 刘芳)12月28日，东湖区召开文明家庭表彰大会，对评选出的十佳文明家庭进行表彰。
        大会号召全区家庭向先进学习，争做文明家庭。

        ①志愿者为社区老人理发。 李明摄
        ②孩子们在社区书屋阅读。 张强 摄
        """;

    private const string TraditionalWithPinyin = """
        廣東省清遠市連州市推進移風易俗
        本報訊(記者陳美玲 通訊員林志強)近日，連州市在全市範圍內開展移風
        易俗宣傳活動，組織志願者深入村莊，為群眾提供服務(wù)，倡導婚事新
        辦、喪事簡辦，得到廣大群眾的支持和歡迎，鄉村文明新風日漸形成，
        群眾的獲得感和幸福感不斷增強，移風易俗工作取得了明顯的成效。
        """;

    private const string ColumnTagAndTrailingNames = """
        【文明实践】合阳县:志愿服务进万家——新时代文明实践站点全覆盖

          近日，合阳县新时代文明实践中心组织开展志愿服务进万家活动，覆盖全县各镇街。
          ◎ 志愿队伍不断壮大
          目前，全县已注册志愿者三万余人，开展各类志愿服务活动两千余场次。(张三 李四)

        铜陵市:好人馆开馆
          日前，铜陵市好人馆正式开馆，展示了近年来涌现出的各类好人典型事迹。
        (铜陵市文明办供稿)
        """;

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            data.Add($"seed {seed}", Parsing.Seed(seed));
            data.Add($"seed {seed} hard-wrapped at 21", HardWrapTests.Wrap(Parsing.Seed(seed), 21, keepParagraphGaps: false));
            data.Add($"seed {seed} traditional", SimplifiedChinese.ToTraditionalCopy(Parsing.Seed(seed)));
        }
        data.Add("web page with navigation, meta and copyright", WebPage);
        data.Add("e-paper page with kicker, subtitle and numbered captions", EPaper);
        data.Add("hard-wrapped traditional text with converter pinyin", TraditionalWithPinyin);
        data.Add("column tag, inline subtitle, heading, trailing bylines", ColumnTagAndTrailingNames);
        data.Add("CRLF, tabs and indentation", "海淀区开展志愿服务\r\n\t  近日，海淀区组织志愿者开展文明交通志愿服务活动，引导市民文明出行。  \r\n");
        data.Add("unusable input", "hello world");
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_field_cut_at_its_spans_equals_the_field(string page, string text)
    {
        Assert.NotNull(page);
        var normalized = TextNormalizer.Normalize(text);
        var result = Parsing.Parse(normalized);
        SourceSpanAssert.Consistent(normalized, result.Bulletin, result.Articles);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_field_and_discarded_run_has_a_span(string page, string text)
    {
        Assert.NotNull(page);
        var result = Parsing.Parse(TextNormalizer.Normalize(text));
        foreach (var article in result.Articles)
        {
            var located = article.Spans.Select(s => s.Field).ToHashSet(StringComparer.Ordinal);
            foreach (var field in SourceSpanAssert.Fields(article).Keys.Where(f => !f.StartsWith("byline.authors", StringComparison.Ordinal)))
                Assert.True(located.Contains(field), $"article {article.Ordinal}: {field} has no span");
        }
        var discarded = result.Bulletin.Spans.Select(s => s.Field).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < result.Bulletin.Discarded.Count; i++)
            if (!string.IsNullOrWhiteSpace(result.Bulletin.Discarded[i].Text))
                Assert.True(discarded.Contains($"discarded[{i}]"), $"discarded[{i}] ({result.Bulletin.Discarded[i].Reason}) has no span");
    }

    [Fact]
    public void A_name_printed_with_an_inner_space_has_one_span_over_both_characters()
    {
        var normalized = TextNormalizer.Normalize(EPaper);
        var article = Parsing.Parse(normalized).Articles.First(a => a.Byline.Authors.Contains("王刚"));
        var index = article.Byline.Authors.ToList().IndexOf("王刚");
        var span = Assert.Single(article.Spans, s => s.Field == $"byline.authors[{index}]");
        Assert.Equal("王 刚", normalized.Substring(span.Start, span.Length));
    }

    [Fact]
    public void A_paragraph_joined_from_wrapped_lines_has_one_span_over_the_lines()
    {
        var normalized = TextNormalizer.Normalize(HardWrapTests.Wrap(Parsing.Seed("002"), 21, keepParagraphGaps: false));
        var article = Parsing.Parse(normalized).Articles.First(a => a.Paragraphs.Count > 0 && a.Paragraphs[0].Length > 60);
        var span = Assert.Single(article.Spans, s => s.Field == "paragraphs[0]");
        Assert.Contains('\n', normalized.Substring(span.Start, span.Length));
    }

    [Fact]
    public void Converter_pinyin_splits_the_paragraph_span_around_it()
    {
        var normalized = TextNormalizer.Normalize(TraditionalWithPinyin);
        var result = Parsing.Parse(normalized);
        var pinyin = result.Bulletin.Discarded.ToList().FindIndex(d => d.Reason == "converter-pinyin");
        var cut = Assert.Single(result.Bulletin.Spans, s => s.Field == $"discarded[{pinyin}]");
        Assert.Equal("(wù)", normalized.Substring(cut.Start, cut.Length));
        var paragraph = result.Articles.SelectMany(a => a.Spans).Where(s => s.Field == "paragraphs[0]").ToList();
        Assert.True(paragraph.Count >= 2);
        Assert.Contains(paragraph, s => s.Start + s.Length == cut.Start);
    }
}
