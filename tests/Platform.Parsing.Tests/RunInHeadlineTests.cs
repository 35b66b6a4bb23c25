namespace Platform.Parsing.Tests;

/// <summary>Briefs whose headline runs into the paragraph, each closed by its own byline.</summary>
public sealed class RunInHeadlineTests
{
    [Theory]
    [InlineData("青溪县开展“好人榜”评选活动 由县文明办、县妇联联合主办,活动将持续三个月,覆盖全县各乡镇。", "青溪县开展“好人榜”评选活动")]
    [InlineData("白河区三项举措推动移风易俗。完善村规民约,成立红白理事会,引导群众简办婚丧喜事。", "白河区三项举措推动移风易俗")]
    [InlineData("江门市开展文明家庭评选活动 由市文明办牵头组织,将在全市各镇街陆续开展评选。", "江门市开展文明家庭评选活动")]
    public void Reads_the_headline_run_into_a_brief(string paragraph, string headline) =>
        Assert.Equal(headline, paragraph[..RunInHeadline.HeadlineEnd(paragraph)]);

    [Theory]
    [InlineData("近日,青溪县开展好人榜评选活动 由县文明办主办,活动将持续三个月,覆盖全县各乡镇。")] // no place first
    [InlineData("青溪县近日,开展评选活动 由县文明办主办,活动将持续三个月,覆盖全县各乡镇。")]       // a clause mark first
    [InlineData("青溪县开展评选。活动很好。")]                                                     // no body after it
    public void A_paragraph_without_a_run_in_headline(string paragraph) => Assert.Equal(0, RunInHeadline.HeadlineEnd(paragraph));

    [Fact]
    public void Briefs_of_a_bulletin_take_their_run_in_headlines()
    {
        const string page = "〔简讯〕\n青溪县开展“好人榜”评选活动 由县文明办、县妇联联合主办,活动将持续三个月,覆盖全县各乡镇。(青溪县文明办)\n" +
            "白河区三项举措推动移风易俗。完善村规民约,成立红白理事会,引导群众简办婚丧喜事。\n(综合采编)\n";
        var r = Parsing.Parse(page);
        Assert.Equal(["青溪县开展“好人榜”评选活动", "白河区三项举措推动移风易俗"], r.Articles.Select(a => a.Title));
        Assert.Equal("青溪县文明办", r.Articles[0].Byline.Organization);
        Assert.Null(r.Articles[1].Byline.Organization);
        Assert.Empty(r.Articles[1].Byline.Authors);
        Parsing.AssertNoTextLoss(page, r);
    }

    [Fact]
    public void A_single_untitled_story_keeps_its_opening()
    {
        var a = Parsing.Parse("青溪县开展“好人榜”评选活动 由县文明办、县妇联联合主办,活动将持续三个月,覆盖全县各乡镇。(青溪县文明办)\n").Articles.Single();
        Assert.Null(a.Title);
    }
}
