namespace Platform.Parsing.Tests;

/// <summary>An honour list's profiles, each headed by its person and a phrase, are the page's items.</summary>
public sealed class ProfileHeadingTests
{
    [Theory]
    [InlineData("李明:扎根山村三十年", new[] { "李明" })]
    [InlineData("王芳：巷口小店暖人心", new[] { "王芳" })]
    [InlineData("助人为乐类“身边好人”张军:义务照看邻家孩子", new[] { "张军" })]
    [InlineData("见义勇为类“身边好人”:赵强、孙伟:两村民合力救火", new[] { "赵强", "孙伟" })]
    [InlineData("活动现场:志愿者清理河道", new string[0])]           // no person before the colon
    [InlineData("李明:扎根山村三十年。", new string[0])]              // a sentence, not a heading
    [InlineData("李明:他说这件事情是大家一起做成的我只是尽了自己应尽的一份力而已", new string[0])] // too long a phrase
    public void Reads_the_persons_of_a_profile_heading(string heading, string[] expected) =>
        Assert.Equal(expected, ProfileHeadings.Persons(heading));

    [Fact]
    public void Profiles_under_an_unsigned_lead_are_items()
    {
        const string page = "近日,全市第一季度“身边好人榜”揭晓,共有5人上榜。\n\n助人为乐好人\n\n李明:扎根山村三十年\n\n" +
            "李明是青溪县某村村医,三十年来守护村民健康。\n\n王芳:巷口小店暖人心\n\n社区居民王芳长年照顾独居老人,得到邻里好评。\n";
        var r = Parsing.Parse(page);
        Assert.Equal(3, r.Articles.Count);
        Assert.Null(r.Articles[0].Title);
        Assert.Equal("李明:扎根山村三十年", r.Articles[1].Title);
        Assert.Equal("助人为乐好人", r.Articles[1].Kicker);
        Assert.Equal("王芳:巷口小店暖人心", r.Articles[2].Title);
        Assert.StartsWith("社区居民王芳", r.Articles[2].Paragraphs[0]);
        Parsing.AssertNoTextLoss(page, r);
    }

    [Fact]
    public void A_heading_run_into_its_profile_is_cut_where_the_person_is_named_again()
    {
        const string page = "本网讯(记者 周丽)日前,全省新一期“身边好人榜”发布,本市2人上榜。\n\n" +
            "见义勇为类“身边好人”:赵强、孙伟:两村民合力救火\n赵强,男,青溪县某村村民。孙伟,男,该村村委委员。\n\n" +
            "见义勇为类“身边好人”钱刚:带病勇救落水儿童\n\n钱刚,男,南岭区某镇干部。去年夏天他跳入河中救起一名儿童。\n";
        var r = Parsing.Parse(page);
        Assert.Equal(3, r.Articles.Count);
        Assert.Equal("见义勇为类“身边好人”:赵强、孙伟:两村民合力救火", r.Articles[1].Title);
        Assert.StartsWith("赵强,男", r.Articles[1].Paragraphs[0]);
        Assert.Equal("见义勇为类“身边好人”钱刚:带病勇救落水儿童", r.Articles[2].Title);
        Parsing.AssertNoTextLoss(page, r);
    }

    [Fact]
    public void A_signed_report_heading_its_paragraphs_with_bare_names_stays_one_story()
    {
        const string page = "本网讯(记者 周丽)日前,本月“身边好人榜”揭晓,上榜的有李明、王芳。\n\n李明:扎根山村三十年\n\n" +
            "李明是青溪县某村村医,三十年来守护村民健康。\n\n王芳:巷口小店暖人心\n\n社区居民王芳长年照顾独居老人,得到邻里好评。\n";
        var a = Assert.Single(Parsing.Parse(page).Articles);
        Assert.Equal(["李明:扎根山村三十年", "王芳:巷口小店暖人心"], a.Headings.Select(h => h.Text));
    }
}
