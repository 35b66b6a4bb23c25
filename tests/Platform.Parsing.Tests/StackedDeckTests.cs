namespace Platform.Parsing.Tests;

/// <summary>An e-paper story copied to a web page as headline / deck / dateline lead, each set apart by blank lines.</summary>
public sealed class StackedDeckTests
{
    private const string Nav = "首页 | 版面导航 | 标题导航 |\n\n";
    private const string Lead = "本报讯 (记者 林舟) 5月6日,青溪县举行文明家庭颁奖活动,二十户家庭受到表彰。";

    [Theory]
    [InlineData("青溪县表彰二十户文明家庭\n\n十户“最美家庭”同时受表彰\n\n")]
    [InlineData("青溪县表彰二十户文明家庭\n\n\n十户“最美家庭”同时受表彰\n\n")]
    public void Deck_over_the_lead_joins_the_headline_as_its_subtitle(string block)
    {
        var a = Parsing.Parse(Nav + block + Lead).Articles.Single();
        Assert.Equal(("青溪县表彰二十户文明家庭", "十户“最美家庭”同时受表彰"), (a.Title, a.Subtitle));
        Assert.Equal(["林舟"], a.Byline.Authors);
    }

    [Theory]
    [InlineData("《 青溪日报 》( 2024年05月07日   02 版)")]
    [InlineData("《青溪日报》(2024年05月07日 第3版)")]
    public void Deck_keeps_its_headline_across_the_print_source_line_over_the_lead(string printSource)
    {
        var a = Parsing.Parse(Nav + "青溪县表彰二十户文明家庭\n\n十户“最美家庭”同时受表彰\n\n" + printSource + "\n\n" + Lead).Articles.Single();
        Assert.Equal(("青溪县表彰二十户文明家庭", "十户“最美家庭”同时受表彰"), (a.Title, a.Subtitle));
        Assert.Equal(["林舟"], a.Byline.Authors);
    }

    [Fact]
    public void Thematic_line_over_a_deck_opening_with_a_place_is_the_kicker()
    {
        var a = Parsing.Parse(Nav + "让乡风更文明\n\n\n青溪县明水镇开展移风易俗宣传活动\n\n" + Lead).Articles.Single();
        Assert.Equal(("让乡风更文明", "青溪县明水镇开展移风易俗宣传活动"), (a.Kicker, a.Title));
    }

    [Fact]
    public void Headline_apart_from_the_lead_by_body_text_takes_no_deck()
    {
        var a = Parsing.Parse(Nav + "青溪县表彰二十户文明家庭\n\n十户“最美家庭”同时受表彰\n\n活动现场气氛热烈。\n\n" + Lead).Articles;
        Assert.DoesNotContain(a, x => x.Subtitle == "十户“最美家庭”同时受表彰");
    }
}
