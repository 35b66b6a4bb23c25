namespace Platform.Parsing.Tests;

/// <summary>Editors credited without a colon (编辑 李 红, 记者 X 编辑 Y) are never authors.</summary>
public sealed class EditorCreditTests
{
    [Theory]
    [InlineData("编辑 周 敏")]
    [InlineData("编审 钱 涛")]
    [InlineData("责任编辑 孙立")]
    [InlineData("(责任编辑 宋远山)")]
    [InlineData("（編輯 柯青青）")]
    [InlineData("审读 孙 涛")]
    [InlineData("三审 钱立")]
    [InlineData("一审:周敏")]
    [InlineData("终审:孙立")]
    [InlineData("【编辑】周敏")]              // a media centre's credits block
    [InlineData("【出品】青溪县融媒体中心")]
    [InlineData("【 出品人 】孙立")]
    [InlineData("出品人:孙立")]
    [InlineData("总编辑:钱立")]
    public void Editor_line_after_the_body_is_page_meta_not_the_byline(string line)
    {
        var r = Parsing.Parse($"青溪县开展志愿服务活动\n\n近日,青溪县组织志愿者清扫街道。\n\n{line}");
        var a = r.Articles.Single();
        Assert.Empty(a.Byline.Authors);
        Assert.Contains(r.Bulletin.Discarded, d => d.Text == line);
    }

    [Theory]
    [InlineData("(记者 林舟 方圆 编辑 许亮)", new[] { "林舟", "方圆" })]
    [InlineData("(通讯员 赵一鸣 责任编辑:郑朗)", new[] { "赵一鸣" })]
    [InlineData("(通讯员赵一鸣方圆编辑郑朗)", new[] { "赵一鸣", "方圆" })]
    [InlineData("(通讯员 赵一鸣 方圆 编辑郑朗)", new[] { "赵一鸣", "方圆" })]
    public void Trailing_byline_keeps_the_authors_before_the_editor(string byline, string[] authors)
    {
        var a = Parsing.Parse($"青溪县开展志愿服务活动\n\n近日,青溪县组织志愿者清扫街道。{byline}").Articles.Single();
        Assert.Equal(authors, a.Byline.Authors);
    }

    [Theory]
    [InlineData("编辑 周敏", 0)]
    [InlineData("记者 林舟 编辑 许亮", 6)]
    [InlineData("编辑部", -1)]
    [InlineData("林编辑", -1)]
    [InlineData("记者林舟方圆编辑许亮", 6)]
    [InlineData("记者 林舟 编辑许亮)", 6)]
    [InlineData("编辑出版工作", -1)]
    [InlineData("记者林舟编辑整理", -1)]
    [InlineData("记者 林舟 审读 许亮 二审 方圆", 6)]
    [InlineData("一审判决", -1)]
    public void Editor_label_starts_at_a_word_boundary_or_glued_before_the_closing_name(string text, int start) =>
        Assert.Equal(start, EditorCredit.Start(text));

    [Fact]
    public void Review_chain_under_the_story_is_page_meta_not_an_item()
    {
        var r = Parsing.Parse("青溪县开展志愿服务活动\n\n近日,青溪县组织志愿者清扫街道。\n一审:周敏\n二审:钱立\n终审:孙涛");
        var a = r.Articles.Single();
        Assert.Empty(a.Byline.Authors);
        Assert.Contains(r.Bulletin.Discarded, d => d.Text == "二审:钱立");
    }

    [Fact]
    public void Trailing_source_with_its_reporter_gives_the_reporter()
    {
        var a = Parsing.Parse("青溪县开展志愿服务活动\n\n近日,青溪县组织志愿者清扫街道。(来源:青溪日报记者/钱多多)").Articles.Single();
        Assert.Equal(["钱多多"], a.Byline.Authors);
    }

    [Fact]
    public void Credits_block_gives_its_reporters_and_correspondents_and_drops_the_staff()
    {
        var r = Parsing.Parse("青溪社区开展文明创建志愿活动\n\n该活动由青溪社区党委主办,旨在推动志愿者参与社区治理,将文明城市创建工作深入社区。\n\n" +
            "【记者】孙立\n\n【 通讯员】赵一鸣 方圆\n\n【编辑】周敏\n\n【出品】青溪县融媒体中心\n\n【出品人】钱立\n");
        var a = r.Articles.Single();
        Assert.Equal(["孙立", "赵一鸣", "方圆"], a.Byline.Authors);
    }
}
