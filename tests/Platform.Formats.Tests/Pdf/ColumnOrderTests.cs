using Platform.Formats.Pdf;

namespace Platform.Formats.Tests.Pdf;

public sealed class ColumnOrderTests
{
    // Boxes as (left, bottom, right, top) on an A4 page; names say where each block sits.
    private static readonly Dictionary<string, Box> Page = new()
    {
        ["masthead"] = new(56, 760, 539, 790),
        ["left-1"] = new(56, 600, 287, 750),
        ["left-2"] = new(56, 450, 287, 590),
        ["right-1"] = new(307, 600, 539, 750),
        ["right-2"] = new(307, 450, 539, 590),
        ["banner"] = new(56, 410, 539, 440),
        ["left-3"] = new(56, 200, 287, 400),
        ["right-3"] = new(307, 200, 539, 400),
        ["left-narrow"] = new(56, 200, 200, 400),
        ["middle"] = new(215, 200, 380, 400),
        ["right-narrow"] = new(395, 200, 539, 400),
    };

    public static TheoryData<string, string[], string[]> Layouts => new()
    {
        { "one column", ["left-2", "left-1"], ["left-1", "left-2"] },
        { "two columns with paragraph ends at the same height", ["right-2", "left-2", "right-1", "left-1"], ["left-1", "left-2", "right-1", "right-2"] },
        { "masthead over two columns", ["right-1", "masthead", "left-1"], ["masthead", "left-1", "right-1"] },
        { "banner headline between two bands of columns", ["right-3", "banner", "left-3", "right-1", "left-1", "masthead"], ["masthead", "left-1", "right-1", "banner", "left-3", "right-3"] },
        { "three columns", ["right-narrow", "middle", "left-narrow"], ["left-narrow", "middle", "right-narrow"] },
        { "side by side on one row", ["right-3", "left-3"], ["left-3", "right-3"] },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Blocks_are_read_column_by_column_within_bands(string layout, string[] given, string[] expected)
    {
        ArgumentNullException.ThrowIfNull(given);
        var order = ColumnOrder.Sort(given.Select(n => Page[n]).ToList(), minGutter: 6);
        Assert.True(expected.SequenceEqual(order.Select(i => given[i])), $"{layout}: {string.Join(", ", order.Select(i => given[i]))}");
    }

    [Fact]
    public void Overlapping_blocks_are_read_top_to_bottom()
    {
        var order = ColumnOrder.Sort([new Box(56, 100, 300, 220), new Box(100, 200, 400, 300)], minGutter: 6);
        Assert.Equal([1, 0], order);
    }
}
