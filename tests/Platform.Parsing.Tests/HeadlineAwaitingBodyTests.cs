using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>
/// A web headline with its meta byline, cut off from its text by widgets or pictures: the untitled text after it takes
/// the headline. Items are given as "kind|title|author|paragraphs", and summarised the same way.
/// </summary>
public sealed class HeadlineAwaitingBodyTests
{
    private const string Headline = "青溪县开展学雷锋志愿服务活动";

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        {
            "the untitled text after the headline and its byline takes both",
            [$"Article|{Headline}|王芳|0", "Article|||2"],
            [$"Article|{Headline}|王芳|2"]
        },
        {
            "credited pictures may stand between",
            [$"Article|{Headline}|王芳|0", "Photo||李明|1", "Photo||李明|1", "Article|||2"],
            ["Photo||李明|1", "Photo||李明|1", $"Article|{Headline}|王芳|2"]
        },
        {
            "the text keeps its own byline",
            [$"Article|{Headline}|王芳|0", "Article||孙立|2"],
            [$"Article|{Headline}|孙立|2"]
        },
        {
            "a headline with no byline is a menu or a link: untouched",
            [$"Article|{Headline}||0", "Article|||2"],
            [$"Article|{Headline}||0", "Article|||2"]
        },
        {
            "a titled story after it keeps its own headline",
            [$"Article|{Headline}|王芳|0", "Article|邻里守望 温暖社区||2"],
            [$"Article|{Headline}|王芳|0", "Article|邻里守望 温暖社区||2"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Headline_goes_to_the_untitled_text_after_it(string why, string[] items, string[] expected)
    {
        var drafts = items.Select(Draft).ToList();
        HeadlineAwaitingBody.Give(drafts, []);
        Assert.True(expected.SequenceEqual(drafts.Select(Summary)), why + ": " + string.Join(" / ", drafts.Select(Summary)));
    }

    [Fact]
    public void Headline_with_lines_under_it_is_a_block_of_furniture()
    {
        var drafts = new List<DraftItem> { Draft($"Article|{Headline}|王芳|0"), Draft("Article|||2") };
        drafts[0].Headings.Add(new Heading("热门推荐", 0));
        HeadlineAwaitingBody.Give(drafts, []);
        Assert.Null(drafts[1].Title);
    }

    private static DraftItem Draft(string spec)
    {
        var parts = spec.Split('|');
        var item = new DraftItem { Kind = Enum.Parse<ArticleKind>(parts[0]), Title = parts[1].Length == 0 ? null : parts[1] };
        if (parts[2].Length > 0) item.AddByline(new Byline("作者:" + parts[2], [parts[2]], null, BylineKind.Author));
        for (var p = 0; p < int.Parse(parts[3]); p++) item.Paragraphs.Add("近日,青溪县组织志愿者走进社区,居民纷纷参与。");
        return item;
    }

    private static string Summary(DraftItem item) =>
        $"{item.Kind}|{item.Title}|{string.Join(",", item.Authors)}|{item.Paragraphs.Count}";
}
