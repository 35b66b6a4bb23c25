namespace Platform.Parsing;

/// <summary>
/// The page's title left over from its HTML head, opening the text: 标题 - 栏目 - 站名,关键词" /> repeated once per meta
/// tag. Nothing else names the story, so the part before the first spaced dash is its headline; the channel, the site,
/// the keywords and the tag's end are markup.
/// </summary>
internal static class MetaTagTitle
{
    private const int MinHeadline = 6;
    private const int MaxHeadline = 40;

    /// <summary>Where the headline stands in <paramref name="line"/> (simplified) when the line is such a leftover.</summary>
    public static bool TryFind(ReadOnlySpan<char> line, out int at, out int length)
    {
        at = length = 0;
        var tagEnd = line.IndexOf("\" />", StringComparison.Ordinal);
        if (tagEnd < 0) tagEnd = line.IndexOf("\"/>", StringComparison.Ordinal);
        if (tagEnd <= 0) return false;
        var content = line[..tagEnd];
        var dash = content.IndexOf(" - ", StringComparison.Ordinal);
        if (dash <= 0) return false;
        var start = 0;
        while (start < dash && (ChineseText.IsSpace(content[start]) || ChineseText.IsDash(content[start]))) start++;
        var end = dash;
        while (end > start && ChineseText.IsSpace(content[end - 1])) end--;
        var headline = content[start..end];
        var visible = ChineseText.VisibleLength(headline);
        if (visible is < MinHeadline or > MaxHeadline || headline.IndexOfAny("。！？<>=\"") >= 0) return false;
        (at, length) = (start, end - start);
        return true;
    }
}
