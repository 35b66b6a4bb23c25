namespace Platform.Parsing;

/// <summary>
/// A photo group printed above its story: the page opens with two or more captions without a credit, each one short
/// sentence on its own line (张家港,给服务明星戴“雷锋帽”。), then the story's headline, which ends no sentence, over
/// its long first paragraph. Newspapers set a story's picture group this way; the captions are photos of the page and
/// the line under them the headline, not the first line of a paragraph run on from them.
/// </summary>
internal static class OpeningCaptions
{
    private const int MinCaptions = 2;
    private const int MaxCaptions = 8;
    private const int MaxCaption = 24;
    private const int MaxHeadline = 24;
    private const int MinLead = 40;

    /// <summary>How many lines from the page's top are such captions (0 when the page does not open this way).</summary>
    /// <param name="line">The simplified text of content line i.</param>
    /// <param name="count">The number of content lines.</param>
    public static int Count(Func<int, ReadOnlySpan<char>> line, int count)
    {
        var n = 0;
        while (n < count && n < MaxCaptions && IsCaption(line(n))) n++;
        if (n < MinCaptions || n + 1 >= count) return 0;
        return IsHeadline(line(n)) && ChineseText.VisibleLength(line(n + 1)) > MinLead ? n : 0;
    }

    // One sentence, closed by its full stop, with no credit after it.
    private static bool IsCaption(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line);
        if (ChineseText.VisibleLength(line) > MaxCaption || !ChineseText.EndsSentence(line)) return false;
        var stop = line.IndexOfAny("。!?！？");
        return stop >= 0 && ChineseText.Trim(line[(stop + 1)..]).TrimStart("”\"’)）").IsEmpty;
    }

    private static bool IsHeadline(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line);
        return line.Length > 0 && ChineseText.VisibleLength(line) <= MaxHeadline && !ChineseText.EndsSentence(line) && line.IndexOfAny("。；;:：") < 0;
    }
}
