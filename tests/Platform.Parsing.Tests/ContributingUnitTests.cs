namespace Platform.Parsing.Tests;

/// <summary>A 供稿 field under a story names the unit that contributed it (its organization), the unit and its writer, or the writer; so does a unit alone closing the page.</summary>
public sealed class ContributingUnitTests
{
    private const string Headline = "青溪镇开展公路沿线大扫除";
    private const string Body = "1月14日,青溪镇组织志愿者和沿线群众开展公路清洁行动,清理路面碎石和垃圾,道路环境焕然一新。";

    [Theory]
    [InlineData("供稿:青溪镇", "青溪镇")]
    [InlineData("供稿：白河区文明办", "白河区文明办")]
    [InlineData("供稿单位:青溪镇人民政府", "青溪镇人民政府")]
    [InlineData("供稿:白河县", "白河县")]
    [InlineData("供稿:青溪镇  来源:某某新闻网", "青溪镇")]   // the field ends at the next label
    public void Unit_alone_in_the_field_is_the_organization(string field, string unit)
    {
        var text = $"{Headline}\n\n{Body}\n{field}\n";
        var r = Parsing.Parse(text);
        var a = r.Articles.Single();
        Assert.Equal((Headline, unit), (a.Title, a.Byline.Organization));
        Assert.Empty(a.Byline.Authors);
        Parsing.AssertNoTextLoss(text, r);
    }

    [Fact]
    public void Unit_field_under_a_signed_story_adds_the_organization_to_its_reporter()
    {
        var text = $"{Headline}\n\n记者 张小明\n\n{Body}\n供稿:青溪镇\n";
        var a = Parsing.Parse(text).Articles.Single();
        Assert.Equal(("青溪镇", "张小明"), (a.Byline.Organization, string.Join(" ", a.Byline.Authors)));
    }

    [Theory]
    [InlineData("供稿:青溪镇 李四", "青溪镇", "李四")]
    [InlineData("供稿:李四", null, "李四")]
    public void Field_naming_a_writer_gives_the_author(string field, string? unit, string author)
    {
        var a = Parsing.Parse($"{Headline}\n\n{Body}\n{field}\n").Articles.Single();
        Assert.Equal((unit, author), (a.Byline.Organization, string.Join(" ", a.Byline.Authors)));
    }

    [Theory]
    [InlineData("青溪镇", true)]
    [InlineData("白河区文明办", true)]
    [InlineData("青溪镇人民政府", true)]
    [InlineData("李四", false)]            // a person
    [InlineData("张小明 李四", false)]     // persons
    [InlineData("青溪镇,白河镇", false)]   // a list, not a name
    [InlineData("好", false)]              // too short to name a unit
    public void Unit_is_a_name_of_a_unit_only(string value, bool isUnit) =>
        Assert.Equal(isUnit, ContributingUnit.IsUnit(value));

    [Theory]
    [InlineData("供稿:青溪镇", 3, 3)]
    [InlineData("供稿单位：青溪镇  来源:某网", 5, 3)]
    [InlineData("稿件:青溪镇", 0, 0)]       // another label
    [InlineData("供稿:", 0, 0)]             // no value
    public void Field_value_is_found_after_its_label(string line, int start, int length)
    {
        var found = ContributingUnit.TryRead(line, out var s, out var l);
        Assert.Equal((length > 0, start, length), (found, s, l));
    }

    [Theory]
    [InlineData("白河区青溪镇")]
    [InlineData("白河区文明办")]
    public void Unit_alone_on_the_last_line_set_apart_from_the_story_is_its_organization(string unit)
    {
        var a = Parsing.Parse($"{Headline}\n\n{Body}\n\n{unit}\n").Articles.Single();
        Assert.Equal((unit, ""), (a.Byline.Organization, string.Join(" ", a.Byline.Authors)));
    }

    [Fact]
    public void Unit_line_with_more_text_under_it_is_no_signature()
    {
        var r = Parsing.Parse($"{Headline}\n\n{Body}\n\n白河区青溪镇\n\n青溪镇地处白河区东部,辖十二个行政村,常住人口三万余人。\n");
        Assert.DoesNotContain(r.Articles, a => a.Byline.Organization == "白河区青溪镇");
    }
}
