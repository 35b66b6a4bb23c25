namespace Platform.OperatorConsole.Highlighting;

/// <summary>
/// Cuts a text into consecutive segments at every highlight boundary, so a page can render each highlight as one
/// element. Where highlights overlap (a byline inside a first paragraph) the shortest one wins: it is the more specific.
/// </summary>
public static class HighlightSegments
{
    public static IReadOnlyList<TextSegment<T>> Split<T>(string text, IEnumerable<HighlightRange<T>> ranges)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ranges);
        var valid = ranges.Where(r => r.Length > 0 && r.Offset >= 0 && r.End <= text.Length).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var r in valid)
        {
            cuts.Add(r.Offset);
            cuts.Add(r.End);
        }
        var segments = new List<TextSegment<T>>();
        var points = cuts.ToArray();
        for (var i = 0; i + 1 < points.Length; i++)
        {
            int start = points[i], end = points[i + 1];
            var covering = valid.Where(r => r.Offset <= start && r.End >= end).MinBy(r => r.Length);
            if (segments.Count > 0 && ReferenceEquals(segments[^1].Range, covering))
            {
                var last = segments[^1];
                segments[^1] = last with { Text = last.Text + text[start..end] };
                continue;
            }
            segments.Add(new TextSegment<T>(text[start..end], start, covering));
        }
        return segments;
    }
}
