namespace Platform.Parsing.Tests;

/// <summary>Reports printed one after another: a heading over a lead opening with its own credit heads the next report.</summary>
public sealed class CreditedSectionTests
{
    [Theory]
    [InlineData("通讯员 李明 王芳 5月3日,志愿者来到社区。", 10)]
    [InlineData("记者李明5月3日,志愿者来到社区。", 4)]
    [InlineData("通讯员说,5月3日志愿者来到社区。", 0)]   // a clause, not a credit
    [InlineData("5月3日,志愿者来到社区。", 0)]            // no credit
    public void Finds_the_end_of_a_credit_opening_a_paragraph(string paragraph, int expected) =>
        Assert.Equal(expected, CreditedSections.CreditEnd(paragraph));

    [Fact]
    public void A_heading_over_a_credited_lead_starts_the_next_report()
    {
        const string page = "青溪:志愿者清理河道\n\n本网讯(通讯员 赵强)5月3日,青溪县志愿者来到河边清理垃圾。\n\n经过共同劳动,河岸变得干净整洁。\n\n" +
            "南岭:楼道清扫焕新颜\n\n通讯员 李明 王芳 5月8日,南岭区志愿者来到小区清理楼道。\n\n居民纷纷加入劳动。\n";
        var r = Parsing.Parse(page);
        Assert.Equal(2, r.Articles.Count);
        Assert.Equal("南岭:楼道清扫焕新颜", r.Articles[1].Title);
        Assert.Equal(["李明", "王芳"], r.Articles[1].Byline.Authors);
        Assert.StartsWith("5月8日", r.Articles[1].Paragraphs[0]);
        Assert.Equal(2, r.Articles[0].Paragraphs.Count);
        Parsing.AssertNoTextLoss(page, r);
    }
}
