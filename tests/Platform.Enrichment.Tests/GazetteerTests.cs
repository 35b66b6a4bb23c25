using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Tests;

public sealed class GazetteerTests
{
    private static readonly AdminGazetteer Gazetteer = AdminGazetteer.Default;

    [Theory]
    [InlineData("110000", "北京市", "province")]
    [InlineData("430105", "开福区", "county")]
    [InlineData("632301", "同仁市", "county")]
    [InlineData("653228", "和康县", "county")]
    [InlineData("653229", "和安县", "county")]
    [InlineData("441900", "东莞市", "city")]
    [InlineData("810000", "香港特别行政区", "province")]
    [InlineData("810102", "湾仔区", "county")]
    [InlineData("820000", "澳门特别行政区", "province")]
    [InlineData("820104", "花地玛堂区", "county")]
    [InlineData("710000", "台湾省", "province")]
    public void Holds_current_units(string code, string name, string level)
    {
        var unit = Gazetteer.Find(code);

        Assert.NotNull(unit);
        Assert.Equal(name, unit.Name);
        Assert.Equal(level, unit.Level);
    }

    [Theory]
    [InlineData("110100")]
    [InlineData("419000")]
    [InlineData("130171")]
    [InlineData("632321")]
    public void Drops_placeholders_development_zones_and_superseded_codes(string code)
    {
        Assert.Null(Gazetteer.Find(code));
    }

    [Fact]
    public void Counties_of_municipalities_hang_directly_under_the_province()
    {
        Assert.Equal("110000", Gazetteer.Find("110108")!.Parent!.Code);
    }

    [Theory]
    [InlineData("洋门乡", "360829", NameKind.Township)]
    [InlineData("东华门街道", "110101", NameKind.Township)]
    [InlineData("下城区", "330105", NameKind.Historic)]
    [InlineData("德都县", "231182", NameKind.Historic)]
    [InlineData("内蒙", "150000", NameKind.Colloquial)]
    [InlineData("台北市", "710000", NameKind.Colloquial)]
    public void Names_stand_for_the_unit_that_holds_them(string name, string code, NameKind kind)
    {
        Gazetteer.Names.LongestAt(name, 0, out var values);

        Assert.Contains(values, v => v.Text == name && v.Unit.Code == code && v.Kind == kind);
    }

    [Fact]
    public void Is_large_enough_to_cover_the_country()
    {
        Assert.InRange(Gazetteer.Units.Count, 3000, 3500);
        Assert.True(Gazetteer.NameCount > Gazetteer.Units.Count * 2);
    }
}
