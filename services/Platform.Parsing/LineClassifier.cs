namespace Platform.Parsing;

/// <summary>Classifies a single line by its shape; the segmenter then decides from the neighbours.</summary>
internal static class LineClassifier
{
    /// <summary>Longest line still taken for a one-line title or heading.</summary>
    public const int MaxShortLength = 45;

    private const string HeadingMarkers = "◎●■▲◆★□○▶►◇△☆";

    public static LineKind Classify(ReadOnlySpan<char> line)
    {
        var length = ChineseText.VisibleLength(line);
        if (line.Length >= 3 && line[0] == '【' && line[^1] == '】' && line[1..^1].IndexOfAny('【', '】') < 0 && length <= 40)
            return LineKind.Section;
        if (BylineParser.NewsflashLength(line) > 0) return LineKind.Newsflash;
        if (BylineParser.IsOrganizationLine(line)) return LineKind.Organization;
        if (ChineseText.IsDash(line[0]) && length <= 60 && !ChineseText.HasClauseMark(line) && line.Length >= 2 && ChineseText.IsDash(line[1]))
            return LineKind.Dash;
        if (PhotoCaptionDetector.IsCreditLine(line)) return LineKind.PhotoCredit;
        if (HeadingMarkers.Contains(line[0]) && length <= MaxShortLength && !ChineseText.HasClauseMark(line[1..]))
            return LineKind.MarkedHeading;
        if (ChineseText.HasClauseMark(line) || ChineseText.EndsSentence(line) || length > MaxShortLength)
            return LineKind.Paragraph;
        if (line.Contains('、') && length > 20) return LineKind.Paragraph;
        if (IsCutLine(line, length)) return LineKind.Paragraph;
        if (PersonNames.IsNameLine(line)) return LineKind.Names;
        return LineKind.Short;
    }

    // A column break leaves body lines that end on a particle or inside quotes; titles are not cut like that.
    private static bool IsCutLine(ReadOnlySpan<char> line, int length) =>
        (length >= 16 && ChineseText.EndsWithConnective(line)) ||
        (length >= 8 && ChineseText.HasUnbalancedBrackets(line));
}
