using System.Xml.Linq;
using Platform.OperatorConsole.Map;

namespace Platform.Console.Tests.Map;

public sealed class ProvinceTileMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(1, 10, 1)]
    [InlineData(3, 10, 2)]
    [InlineData(6, 10, 3)]
    [InlineData(10, 10, 4)]
    [InlineData(5, 0, 0)]
    public void Shades_a_count_by_quarter_of_the_largest(int count, int max, int shade) =>
        Assert.Equal(shade, ProvinceTileMap.Shade(count, max));

    [Fact]
    public void Every_tile_links_to_its_province_filter_and_carries_its_count()
    {
        var svg = XElement.Parse(ProvinceTileMap.Render(new Dictionary<string, int> { ["11"] = 4, ["43"] = 1 }, "43", code => $"/map?province={code}"));
        var links = svg.Elements(Svg + "a").ToList();
        Assert.Equal(ProvinceTiles.All.Count, links.Count);
        var beijing = links.Single(a => a.Attribute("data-code")!.Value == "11");
        Assert.Equal("/map?province=11", beijing.Attribute("href")!.Value);
        Assert.Equal("4", beijing.Attribute("data-count")!.Value);
        Assert.Contains("shade-4", beijing.Attribute("class")!.Value, StringComparison.Ordinal);
        Assert.Equal("北京市: 4 articles", beijing.Attribute("aria-label")!.Value);
        Assert.Contains("selected", links.Single(a => a.Attribute("data-code")!.Value == "43").Attribute("class")!.Value, StringComparison.Ordinal);
        Assert.Single(links, a => a.Attribute("class")!.Value.Contains("selected", StringComparison.Ordinal));
    }
}
