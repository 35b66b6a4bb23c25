namespace Platform.Parsing.Tests;

public sealed class MastheadAndFooterTests
{
    private const string Story = "\n\n海淀区开展志愿服务活动\n\n近日,海淀区开展志愿服务活动,群众踊跃参加。\n";

    [Theory]
    [InlineData("首都精神文明建设情况简报\n\n第 19 期\n\n(总第 2128 期)\n\n首都精神文明办\n\n2020 年 4 月 29 日", "首都精神文明建设情况简报", 19, 2128, "首都精神文明办", "2020-04-29")]
    [InlineData("文明建设简报\n第3期\n（总第45期）\n市文明办\n2021年12月1日", "文明建设简报", 3, 45, "市文明办", "2021-12-01")]
    [InlineData("工作简报\n第十九期\n市文明办 2019年5月6日", "工作简报", 19, null, "市文明办", "2019-05-06")]
    [InlineData("情况通报\n第 7 期 (总第 300 期)\n2022 年 2 月 3 日", "情况通报", 7, 300, null, "2022-02-03")]
    [InlineData("精神文明建设简报\n第十二期\n市文明办\n二〇二〇年四月二十九日", "精神文明建设简报", 12, null, "市文明办", "2020-04-29")]
    [InlineData("工作简报\n第 3 期\n县委宣传部 二零零一年三月四日", "工作简报", 3, null, "县委宣传部", "2001-03-04")]
    [InlineData("文明简报\n第 5 期\n二〇〇六年十二月三十一日", "文明简报", 5, null, null, "2006-12-31")]
    [InlineData("情况简报\n第 8 期\n二○一九年十月一日", "情况简报", 8, null, null, "2019-10-01")]
    public void Masthead_fields_are_read_with_or_without_spaces(string masthead, string publication, int issue, int? total, string? publisher, string date)
    {
        var m = Parsing.Parse(masthead + Story).Bulletin.Masthead;
        Assert.NotNull(m);
        Assert.Equal(publication, m.Publication);
        Assert.Equal(issue, m.Issue);
        Assert.Equal(total, m.TotalIssue);
        Assert.Equal(publisher, m.Publisher);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), m.Date);
    }

    [Theory]
    [InlineData("青溪精神文明建设2023年第4期(总第512期)", "青溪精神文明建设", 4, 512)]
    [InlineData("青溪精神文明建設2023年第4期(總第512期)", "青溪精神文明建設", 4, 512)]
    [InlineData("[2012年第7期]《文明动态》", "文明动态", 7, null)]
    public void Publication_and_issue_on_one_line_are_the_masthead(string masthead, string publication, int issue, int? total)
    {
        var r = Parsing.Parse(masthead + Story);
        Assert.Equal(publication, r.Bulletin.Masthead?.Publication);
        Assert.Equal(issue, r.Bulletin.Masthead?.Issue);
        Assert.Equal(total, r.Bulletin.Masthead?.TotalIssue);
        Assert.Equal("海淀区开展志愿服务活动", r.Articles.Single().Title);
    }

    [Fact]
    public void Masthead_date_in_chinese_numerals_that_does_not_exist_is_not_read() =>
        Assert.Null(Parsing.Parse("简报\n第1期\n二〇二一年二月三十日" + Story).Bulletin.Masthead?.Date);

    [Fact]
    public void Masthead_date_sets_the_year()
    {
        var b = Parsing.Parse("简报\n第1期\n2016年3月1日" + Story + "2020年是关键之年,2020年要做好工作。").Bulletin;
        Assert.Equal(2016, b.Year);
    }

    [Fact]
    public void Newspaper_page_without_issue_number_has_no_masthead() =>
        Assert.Null(Parsing.Parse("2020年4月29日" + Story).Bulletin.Masthead);

    [Theory]
    [InlineData("责编:梅雪峰\n核稿:田文松", "梅雪峰", "田文松", null)]
    [InlineData("责编：张三 核稿：李四\n电话：12345678", "张三", "李四", "12345678")]
    [InlineData("责任编辑:王五\n\n联系电话:010-1234", "王五", null, "010-1234")]
    public void Footer_labels_are_read(string footer, string editor, string? reviewer, string? phone)
    {
        var f = Parsing.Parse(Story + "\n" + footer).Bulletin.Footer;
        Assert.NotNull(f);
        Assert.Equal(editor, f.Editor);
        Assert.Equal(reviewer, f.Reviewer);
        Assert.Equal(phone, f.Phone);
    }

    [Theory]
    [InlineData("报:中央文明办,首都文明委主任、副主任。", new[] { "中央文明办", "首都文明委主任", "副主任" })]
    [InlineData("报：甲单位，乙单位、丙单位", new[] { "甲单位", "乙单位", "丙单位" })]
    public void Footer_distribution_list_is_split_on_commas_and_enumeration_marks(string line, string[] recipients)
    {
        var f = Parsing.Parse(Story + "\n责编:张三\n" + line + "\n发:各区文明办。").Bulletin.Footer!;
        Assert.Equal(recipients, f.ReportTo);
        Assert.Equal(["各区文明办"], f.DistributeTo);
    }

    [Fact]
    public void Footer_and_masthead_lines_are_kept_in_discarded_with_a_reason()
    {
        var text = "简报\n第1期\n2016年3月1日" + Story + "责编:张三\n电话:123";
        var d = Parsing.Parse(text).Bulletin.Discarded;
        Assert.Equal(["masthead", "masthead", "masthead", "footer", "footer"], d.Select(x => x.Reason));
        Parsing.AssertNoTextLoss(text, Parsing.Parse(text));
    }

    [Fact]
    public void Colophon_lines_among_the_distribution_lists_are_part_of_the_footer()
    {
        var text = Story + "准 印 证 号:某市内部资料\n出版许可证第8号\n投稿信箱:abc@example.com\n报:市文明委成员\n发:各区文明办\n(共印300份)\n责任编辑:张三";
        var r = Parsing.Parse(text);
        Assert.Equal(["各区文明办"], r.Bulletin.Footer!.DistributeTo);
        Assert.Equal("张三", r.Bulletin.Footer.Editor);
        Assert.Equal("海淀区开展志愿服务活动", r.Articles.Single().Title);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void A_single_labelled_line_at_the_end_is_not_a_footer() =>
        Assert.Null(Parsing.Parse(Story + "发:各区文明办").Bulletin.Footer);

    [Fact]
    public void Section_headers_are_listed_and_set_on_following_articles()
    {
        var r = Parsing.Parse("【文明实践】\n\n海淀区开展活动\n\n近日,海淀区开展活动。\n\n【志愿服务】\n\n朝阳区开展活动\n\n近日,朝阳区开展活动。");
        Assert.Equal(["文明实践", "志愿服务"], r.Bulletin.Sections);
        Assert.Equal(["文明实践", "志愿服务"], r.Articles.Select(a => a.Section));
    }
}
