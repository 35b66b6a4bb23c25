using Platform.Evaluation;
using Platform.Text;

namespace Platform.Parsing.Tests;

/// <summary>Which line breaks of a hard-wrapped column are taken out, on invented pages.</summary>
public sealed class ColumnWrapTests
{
    private const string Body1 = "  近日,东山区新时代文明实践中心组织志愿者走进社区,为居民提供义诊、理发和家电维修等服务,受到群众欢迎。";
    private const string Body2 = "  据了解,东山区今年已组建志愿服务队伍六十余支,注册志愿者八千余人,累计开展活动四百多场次。";

    // Pages whose long lines the column cuts; joining must give the page back line for line.
    public static TheoryData<string, string, int[]> Restored() => new()
    {
        { "indented paragraphs with blank lines", $"东山区志愿服务进社区\n\n{Body1}\n\n{Body2}\n", Widths },
        { "paragraphs without blank lines between them", $"东山区志愿服务进社区\n{Body1}\n{Body2}\n", Widths },
        { "a byline cut at a space inside its brackets", $"东山区志愿服务进社区\n\n本报讯(记者 周明远 通讯员 林晓燕 王立新)近日,东山区组织志愿者走进社区开展志愿服务活动,受到群众欢迎。\n\n{Body2}\n", Widths },
        { "a sign-off under a quote", $"{Body1}\n\n“志愿服务让城市更有温度,也让每个参与者收获成长和快乐,我们要把这项工作长期坚持下去。”\n——东山区文明办主任 李明\n\n{Body2}\n", Widths },
        { "a labelled field under the last paragraph", $"东山区志愿服务进社区\n\n{Body1}\n\n{Body2}(责任编辑:韩雪)\n上一篇:东山区举行表彰会\n", Widths },
        { "furniture and headlines of the column width", "首页 | 新闻中心 | 文明实践 | 志愿\n东山区志愿服务进社区 暖心便民\n" + Body1 + "\n" + Body2 + "\n", Widths },
        { "an imprint line over numbered captions", $"国内统一刊号:CN00-0000 东山日报\n①志愿者为社区老人理发,老人们纷纷点赞。 本报记者 周昕 摄 ②志愿者看望孤寡老人,送上慰问品。 本报记者 张涛 摄\n\n{Body1}\n\n{Body2}\n", [16, 18, 24] },
    };

    private static readonly int[] Widths = [16, 18, 21, 24];

    [Theory]
    [MemberData(nameof(Restored))]
    public void Joining_a_wrapped_page_gives_the_page_back(string layout, string page, int[] widths)
    {
        foreach (var width in widths)
        {
            var wrapped = TextNormalizer.NormalizeExceptOuterBlankLines(ColumnRewrap.Rewrap(page, width));
            Assert.True(wrapped != page, $"{layout}: width {width} should cut the page");
            Assert.Equal((width, page.TrimEnd()), (width, ColumnWrap.Join(wrapped).Text.TrimEnd()));
        }
    }

    public static TheoryData<string, string> Unchanged() => new()
    {
        { "a page that is not wrapped", $"东山区志愿服务进社区\n{Body1}\n{Body2}\n" },
        { "a menu of equal lines", "首页新闻中心文明实践志愿服务\n东山要闻区县动态图片新闻专题\n文明创建志愿服务道德模范评论\n" },
        { "a headline list without clause punctuation", "东山区志愿服务进社区暖心便民\n西山区举行文明家庭表彰会议\n南湖街道开展文明交通劝导活动\n北城社区召开邻里议事协商会\n" },
        { "too few full lines to show a column", "东山区志愿服务进社区,暖心便民\n活动持续一个上午。\n" },
    };

    [Theory]
    [MemberData(nameof(Unchanged))]
    public void Pages_that_are_not_wrapped_come_back_as_they_are(string layout, string page)
    {
        var result = ColumnWrap.Join(page);
        Assert.True(ReferenceEquals(page, result.Text), layout);
        Assert.Empty(result.Joins);
    }

    [Fact]
    public void Joins_record_the_offsets_of_the_removed_line_breaks()
    {
        var wrapped = TextNormalizer.NormalizeExceptOuterBlankLines(ColumnRewrap.Rewrap($"标题\n\n{Body1}\n", 16));
        var result = ColumnWrap.Join(wrapped);
        Assert.NotEmpty(result.Joins);
        Assert.All(result.Joins, cut => Assert.Equal(('\n', 1, ColumnWrap.JoinReason), (wrapped[cut.Start], cut.Length, cut.Reason)));
        Assert.Equal(wrapped.Length - result.Joins.Count, result.Text.Length);
    }

    [Fact]
    public void A_line_one_short_gets_back_the_space_the_edge_cut()
    {
        var wrapped = "本报讯(记者 周明远 见习记者\n林晓燕)近日,东山区组织志愿者走\n进社区开展志愿服务活动,受到群众\n欢迎。据了解,东山区今年已组建志\n愿服务队伍六十余支。\n";
        Assert.Equal("本报讯(记者 周明远 见习记者 林晓燕)近日,东山区组织志愿者走进社区开展志愿服务活动,受到群众欢迎。据了解,东山区今年已组建志愿服务队伍六十余支。\n",
            ColumnWrap.Join(wrapped).Text);
    }
}
