using Platform.OperatorConsole.Map;

namespace Platform.Console.Tests.Map;

public sealed class ProvinceTilesTests
{
    [Fact]
    public void Every_province_of_the_gazetteer_has_one_tile_with_its_name()
    {
        var provinces = File.ReadLines(RepositoryRoot.Combine("services", "Platform.Enrichment", "Gazetteer", "gazetteer.tsv"))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(f => f[1] == "province")
            .ToDictionary(f => f[0][..2], f => f[2]);
        // The 31 provinces of the NBS data, plus Taiwan, Hong Kong and Macao.
        Assert.Equal(34, provinces.Count);
        foreach (var (code, name) in provinces)
        {
            var tile = Assert.Single(ProvinceTiles.All, t => t.Code == code);
            Assert.Equal(name, tile.Name);
        }
        Assert.Empty(ProvinceTiles.All.Select(t => t.Code).Except(provinces.Keys));
    }

    [Fact]
    public void Tiles_fit_the_grid_and_never_share_a_cell()
    {
        Assert.All(ProvinceTiles.All, t =>
        {
            Assert.InRange(t.Row, 0, ProvinceTiles.Rows - 1);
            Assert.InRange(t.Column, 0, ProvinceTiles.Columns - 1);
            Assert.Single(t.Short);
        });
        Assert.Equal(ProvinceTiles.All.Count, ProvinceTiles.All.Select(t => (t.Row, t.Column)).Distinct().Count());
    }

    [Theory]
    [InlineData("110108", "11")]
    [InlineData("43", "43")]
    [InlineData("99", null)]
    [InlineData("4", null)]
    [InlineData(null, null)]
    public void Finds_a_tile_by_any_code_prefix(string? code, string? expected) =>
        Assert.Equal(expected, ProvinceTiles.Find(code)?.Code);
}
