using System.Globalization;
using System.Xml.Linq;
using Platform.OperatorConsole.Charts;

namespace Platform.Console.Tests.Charts;

public sealed class ThroughputChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Render(params ThroughputSeries[] series) =>
        XElement.Parse(ThroughputChart.Render(series, b => $"b{b}", "chart <caption>"));

    [Fact]
    public void Renders_well_formed_svg_with_one_bar_per_non_zero_count_scaled_to_the_largest()
    {
        var svg = Render(new ThroughputSeries("received", [0, 2, 4]), new ThroughputSeries("published", [1, 0, 4]));
        var bars = svg.Descendants(Svg + "rect").ToList();
        Assert.Equal(4, bars.Count);
        double Height(XElement bar) => double.Parse(bar.Attribute("height")!.Value, CultureInfo.InvariantCulture);
        var byCount = bars.ToLookup(b => b.Attribute("data-count")!.Value);
        Assert.Equal(2 * Height(byCount["2"].Single()), Height(byCount["4"].First()), 1);
        Assert.Equal(4 * Height(byCount["1"].Single()), Height(byCount["4"].First()), 1);
        Assert.Contains(bars, b => b.Element(Svg + "title")!.Value == "published: 1 (b0)");
        Assert.Equal("chart <caption>", svg.Attribute("aria-label")!.Value);
    }

    [Fact]
    public void An_idle_hour_draws_axes_and_no_bars()
    {
        var svg = Render(new ThroughputSeries("received", [0, 0, 0]));
        Assert.Empty(svg.Descendants(Svg + "rect"));
        Assert.NotEmpty(svg.Descendants(Svg + "line"));
    }

    [Fact]
    public void Series_of_different_lengths_are_refused() =>
        Assert.Throws<ArgumentException>(() => Render(new ThroughputSeries("a", [1]), new ThroughputSeries("b", [1, 2])));
}
