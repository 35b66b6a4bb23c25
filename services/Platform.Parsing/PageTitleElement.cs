namespace Platform.Parsing;

/// <summary>
/// The page's title element copied above its text (- 标题-某某文明网, 标题_某某网): the headline joined to the site's name
/// by a dash, an underscore or a bar, printed again on a line of its own just below. It repeats the headline, so it is
/// no headline of a menu and no item; read in simplified characters.
/// </summary>
internal static class PageTitleElement
{
    private const int MaxSiteName = 16;
    private const int MinHeadline = 6;

    /// <summary>True when <paramref name="line"/> is <paramref name="headline"/> followed by a separator and a site's name.</summary>
    public static bool Repeats(ReadOnlySpan<char> line, ReadOnlySpan<char> headline)
    {
        line = ChineseText.Trim(line);
        if (line.StartsWith("- ", StringComparison.Ordinal)) line = ChineseText.Trim(line[2..]);
        headline = ChineseText.Trim(headline);
        if (ChineseText.VisibleLength(headline) < MinHeadline || !line.StartsWith(headline, StringComparison.Ordinal)) return false;
        var rest = line[headline.Length..].TrimStart(" \u3000");
        if (rest.IsEmpty || rest[0] is not ('-' or '_' or '|' or '｜' or '—' or '－')) return false;
        var site = ChineseText.Trim(rest.TrimStart("-_|｜—－ "));
        return site.Length is > 1 and <= MaxSiteName && site.IndexOfAny("。，,；;") < 0;
    }
}
