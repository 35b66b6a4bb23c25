namespace Platform.Parsing.Tests;

/// <summary>A local unit's bare name set apart under a headline naming it is the story's organization byline.</summary>
public sealed class WriterUnitTests
{
    private const string Body = "今年以来,白河街道办全方位持续开展创城工作,组织志愿者清理小区卫生死角,使创城工作常态化得以落实。";

    [Theory]
    [InlineData("青溪开发区白河街道办常态化开展创城工作", "白河街道")]
    [InlineData("白河社区开展邻里节活动", "白河社区")]
    public void Unit_named_by_the_headline_set_apart_under_it_is_the_organization(string headline, string unit)
    {
        var text = $"{headline}\n\n{unit}\n\n{Body}";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal((headline, unit), (a.Title, a.Byline.Organization));
        Assert.Empty(a.Byline.Authors);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Theory]
    [InlineData("青溪开发区常态化开展创城工作", "白河街道")]      // the headline does not name it
    [InlineData("白河街道办常态化开展创城工作", "白河街道做法")]  // not a bare unit
    public void Other_second_lines_stay_in_the_headline(string headline, string second) =>
        Assert.False(WriterUnit.Closes([headline, second], 1));

    [Fact]
    public void Unit_line_run_on_without_a_gap_stays_in_the_headline() =>
        Assert.False(WriterUnit.Closes(["青溪开发区白河街道办常态化开展创城工作", "白河街道"], 0));
}
