using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>A draft item cut in two: what the story keeps and what its tail takes.</summary>
public sealed class DraftItemTests
{
    [Fact]
    public void Tail_takes_the_paragraphs_and_headings_from_the_cut_over_the_same_text()
    {
        var story = Story();
        var tail = story.CutTail(2, 1);
        Assert.Equal(["第一段", "第二段"], story.Paragraphs);
        Assert.Equal([new Heading("一、组织", 0)], story.Headings);
        Assert.Equal(["第三段", "第四段"], tail.Paragraphs);
        Assert.Equal([new Heading("二、宣传", 0), new Heading("三、服务", 1)], tail.Headings);
        Assert.Equal("文明创建", tail.Section);
        Assert.Null(tail.Title);
        Assert.False(tail.HasByline);
    }

    [Fact]
    public void Heading_before_the_given_one_stays_with_the_story_though_it_stands_over_the_cut()
    {
        var story = Story();
        story.Headings.Insert(1, new Heading("引题", 2));
        var tail = story.CutTail(2, 2);
        Assert.Equal([new Heading("一、组织", 0), new Heading("引题", 2)], story.Headings);
        Assert.Equal([new Heading("二、宣传", 0), new Heading("三、服务", 1)], tail.Headings);
    }

    [Fact]
    public void Cut_after_the_last_paragraph_leaves_an_empty_tail()
    {
        var story = Story();
        var tail = story.CutTail(4, 3);
        Assert.Equal(4, story.Paragraphs.Count);
        Assert.Equal(3, story.Headings.Count);
        Assert.Empty(tail.Paragraphs);
        Assert.Empty(tail.Headings);
    }

    private static DraftItem Story()
    {
        var story = new DraftItem { Section = "文明创建", Title = "某县推进文明城市创建" };
        story.AddByline(new Byline("记者 王芳", ["王芳"], null, BylineKind.Author));
        story.Paragraphs.AddRange(["第一段", "第二段", "第三段", "第四段"]);
        story.Headings.AddRange([new Heading("一、组织", 0), new Heading("二、宣传", 2), new Heading("三、服务", 3)]);
        return story;
    }
}
