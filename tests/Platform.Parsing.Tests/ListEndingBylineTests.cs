namespace Platform.Parsing.Tests;

/// <summary>A reporter's parenthesised byline glued to a list line that ends the story, with no full stop before it.</summary>
public sealed class ListEndingBylineTests
{
    private const string Story = "青溪县开展志愿服务活动\n\n8月31日下午,青溪好人榜8月入选名单发布,青溪县有3人上榜。\n青溪好人榜8月份名单\n" +
                                 "孙立 11年守护社区的民警\n钱多多 8年奔走公益路的城管员\n赵一鸣 带领乡亲致富的村支部书记";

    [Theory]
    [InlineData("(见习记者 吴智星)", new[] { "吴智星" })]
    [InlineData("(记者 吴智星)", new[] { "吴智星" })]
    public void Reporter_byline_after_a_list_line_signs_the_story(string byline, string[] authors)
    {
        var a = Parsing.Parse(Story + byline).Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
        Assert.EndsWith("村支部书记", a.Paragraphs[^1]);
    }
}
