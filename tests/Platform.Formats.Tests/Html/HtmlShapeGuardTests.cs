using Platform.Formats.Html;

namespace Platform.Formats.Tests.Html;

public sealed class HtmlShapeGuardTests
{
    // Depth counts only elements that nest; every start tag outside comments, scripts and attribute values is an
    // element; nesting sums the squared depth of every element.
    [Theory]
    [InlineData("<html><body><div><div><span>x</span></div></div></body></html>", 3, 5, 0 + 0 + 0 + 1 + 4)]
    [InlineData("<p>one<p>two<p>three<li>unclosed items do not nest<li>", 0, 5, 0)]
    [InlineData("<div><br><img src=x><hr/><input></div>", 1, 5, 4)]
    [InlineData("<div><script>if (a<b) { '<div><div><div>' }</script></div>", 1, 2, 1)]
    [InlineData("<div title=\"a > b <div>\"><!-- <div><div> --><div/></div>", 1, 2, 1)]
    [InlineData("<div><div></div><div></div></div>", 2, 3, 2)]
    [InlineData("<div><div><p>a</p><p>b</p></div></div>", 2, 4, 0 + 1 + 4 + 4)]
    [InlineData("a < b and 3<4, no tags", 0, 0, 0)]
    public void Scan_measures_depth_elements_and_nesting(string html, int depth, int elements, long nesting) =>
        Assert.Equal(new HtmlShape(depth, elements, nesting), HtmlShapeGuard.Measure(html, 100, 1_000, 100_000));

    [Fact]
    public void Scan_stops_once_past_the_depth_limit() =>
        Assert.Equal(11, HtmlShapeGuard.Measure(string.Concat(Enumerable.Repeat("<div>", 1_000_000)), 10, 10_000_000, long.MaxValue).Depth);

    [Fact]
    public void Scan_stops_once_past_the_element_limit() =>
        Assert.Equal(11, HtmlShapeGuard.Measure(string.Concat(Enumerable.Repeat("<p>x", 1_000_000)), 100, 10, long.MaxValue).Elements);

    [Fact]
    public void Scan_stops_once_past_the_nesting_limit()
    {
        var shape = HtmlShapeGuard.Measure(string.Concat(Enumerable.Repeat("<div>", 300)) + string.Concat(Enumerable.Repeat("<p>x", 1_000_000)), 400, 10_000_000, 9_000_000);
        Assert.True(shape.Nesting is > 9_000_000 and <= 9_000_000 + (300 * 300), $"stopped at {shape.Nesting}");
    }
}
