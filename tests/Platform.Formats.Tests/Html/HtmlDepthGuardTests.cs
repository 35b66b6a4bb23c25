using Platform.Formats.Html;

namespace Platform.Formats.Tests.Html;

public sealed class HtmlDepthGuardTests
{
    [Theory]
    [InlineData("<html><body><div><div><span>x</span></div></div></body></html>", 3)]
    [InlineData("<p>one<p>two<p>three<li>unclosed items do not nest<li>", 0)]
    [InlineData("<div><br><img src=x><hr/><input></div>", 1)]
    [InlineData("<div><script>if (a<b) { '<div><div><div>' }</script></div>", 1)]
    [InlineData("<div title=\"a > b <div>\"><!-- <div><div> --><div/></div>", 1)]
    [InlineData("<div><div></div><div></div></div>", 2)]
    public void Depth_counts_only_elements_that_nest(string html, int depth) =>
        Assert.Equal(depth, HtmlDepthGuard.MaxDepth(html, 100));

    [Fact]
    public void Scan_stops_once_past_the_limit() =>
        Assert.Equal(11, HtmlDepthGuard.MaxDepth(string.Concat(Enumerable.Repeat("<div>", 1_000_000)), 10));
}
