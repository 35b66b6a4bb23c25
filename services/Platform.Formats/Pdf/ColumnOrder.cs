namespace Platform.Formats.Pdf;

/// <summary>
/// Reading order of the text blocks of a page, as on a newspaper page: columns left to right, each top to bottom;
/// a block spanning several columns (a banner headline, a masthead) ends one band of columns and starts the next.
/// A recursive cut: where a vertical gutter crosses the whole region the region splits into columns; otherwise it
/// splits at its widest horizontal gap, so a spanning block is cut off before the columns under it are looked at.
/// Gutters come first because paragraphs in neighbouring columns often end at the same height: a horizontal cut
/// there would interleave the columns.
/// </summary>
internal static class ColumnOrder
{
    /// <summary>The indexes of <paramref name="boxes"/> in reading order.</summary>
    /// <param name="boxes">Block boxes of one page.</param>
    /// <param name="minGutter">The narrowest vertical gap taken as a column gutter (points).</param>
    public static IReadOnlyList<int> Sort(IReadOnlyList<Box> boxes, double minGutter)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        var order = new List<int>(boxes.Count);
        Cut(boxes, Enumerable.Range(0, boxes.Count).ToList(), minGutter, order);
        return order;
    }

    private static void Cut(IReadOnlyList<Box> boxes, List<int> region, double minGutter, List<int> order)
    {
        if (region.Count <= 1)
        {
            order.AddRange(region);
            return;
        }
        var columns = SplitColumns(boxes, region, minGutter);
        if (columns.Count > 1)
        {
            foreach (var column in columns) Cut(boxes, column, minGutter, order);
            return;
        }
        var (upper, lower) = SplitAtWidestGap(boxes, region);
        if (upper.Count == 0 || lower.Count == 0)
        {
            // Overlapping blocks with no gap either way: top to bottom, then left to right.
            order.AddRange(region.OrderByDescending(i => boxes[i].Top).ThenBy(i => boxes[i].Left));
            return;
        }
        Cut(boxes, upper, minGutter, order);
        Cut(boxes, lower, minGutter, order);
    }

    private static List<List<int>> SplitColumns(IReadOnlyList<Box> boxes, List<int> region, double minGutter)
    {
        var sorted = region.OrderBy(i => boxes[i].Left).ToList();
        var columns = new List<List<int>> { new() { sorted[0] } };
        var right = boxes[sorted[0]].Right;
        foreach (var i in sorted.Skip(1))
        {
            if (boxes[i].Left - right >= minGutter) columns.Add([]);
            columns[^1].Add(i);
            right = Math.Max(right, boxes[i].Right);
        }
        return columns;
    }

    private static (List<int> Upper, List<int> Lower) SplitAtWidestGap(IReadOnlyList<Box> boxes, List<int> region)
    {
        var sorted = region.OrderByDescending(i => boxes[i].Top).ToList();
        var bottom = boxes[sorted[0]].Bottom;
        var widest = 0.0;
        var cutAt = -1;
        for (var k = 1; k < sorted.Count; k++)
        {
            var gap = bottom - boxes[sorted[k]].Top;
            if (gap > widest)
            {
                widest = gap;
                cutAt = k;
            }
            bottom = Math.Min(bottom, boxes[sorted[k]].Bottom);
        }
        return cutAt < 0 ? ([], []) : (sorted[..cutAt], sorted[cutAt..]);
    }
}
