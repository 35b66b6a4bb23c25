using Platform.Formats.Html;

namespace Platform.Formats.Tests.Html;

public sealed class HtmlShapeGuardTests
{
    [Theory]
    [InlineData("<html><body><div><div><span>x</span></div></div></body></html>", 3)]
    [InlineData("<p>one<p>two<p>three<li>unclosed items do not nest<li>", 0)]
    [InlineData("<div><br><img src=x><hr/><input></div>", 1)]
    [InlineData("<div><script>if (a<b) { '<div><div><div>' }</script></div>", 1)]
    [InlineData("<div title=\"a > b <div>\"><!-- <div><div> --><div/></div>", 1)]
    [InlineData("<div><div></div><div></div></div>", 2)]
    public void Depth_counts_only_elements_that_nest(string html, int depth) =>
        Assert.Equal(depth, HtmlShapeGuard.Measure(html, 100, 1_000, 100_000).Depth);

    [Theory]
    [InlineData("<html><body><div><div><span>x</span></div></div></body></html>", 5)]
    [InlineData("<p>one<p>two<p>three<li>unclosed<li>", 5)]
    [InlineData("<div><br><img src=x><hr/><input></div>", 5)]
    [InlineData("<div><script>if (a<b) { '<div><div><div>' }</script></div>", 2)]
    [InlineData("<div title=\"a > b <div>\"><!-- <div><div> --><div/></div>", 2)]
    [InlineData("a < b and 3<4, no tags", 0)]
    public void Elements_count_every_start_tag_outside_comments_scripts_and_attributes(string html, int elements) =>
        Assert.Equal(elements, HtmlShapeGuard.Measure(html, 100, 1_000, 100_000).Elements);

    [Fact]
    public void Scan_stops_once_past_the_depth_limit() =>
        Assert.Equal(11, HtmlShapeGuard.Measure(string.Concat(Enumerable.Repeat("<div>", 1_000_000)), 10, 10_000_000, long.MaxValue).Depth);

    [Fact]
    public void Scan_stops_once_past_the_element_limit() =>
        Assert.Equal(11, HtmlShapeGuard.Measure(string.Concat(Enumerable.Repeat("<p>x", 1_000_000)), 100, 10, long.MaxValue).Elements);

    [Theory]
    [InlineData("<div><div><p>a</p><p>b</p></div></div>", 0 + 1 + 4 + 4)]
    [InlineData("<p>one<p>two<p>three", 0)]
    public void Nesting_sums_the_squared_depth_of_every_element(string html, long nesting) =>
        Assert.Equal(nesting, HtmlShapeGuard.Measure(html, 100, 1_000, 100_000).Nesting);

    [Fact]
    public void Scan_stops_once_past_the_nesting_limit()
    {
        var shape = HtmlShapeGuard.Measure(string.Concat(Enumerable.Repeat("<div>", 300)) + string.Concat(Enumerable.Repeat("<p>x", 1_000_000)), 400, 10_000_000, 9_000_000);
        Assert.True(shape.Nesting is > 9_000_000 and <= 9_000_000 + (300 * 300), $"stopped at {shape.Nesting}");
    }
}
