using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// A headline printed after a label (题:…, 标题:…): a wire story's headline after its dateline, or the headline line
/// of a forum's print view (标题: 某某 [打印本页]). The label and a trailing button are furniture; the rest is the
/// headline when it holds no sentence.
/// </summary>
internal static class LabelledTitle
{
    private const int MinTitle = 4;

    /// <summary>Length of the label (题:, 标题:) opening <paramref name="rest"/> when a headline follows it, else 0.</summary>
    public static int LabelLength(ReadOnlySpan<char> rest)
    {
        foreach (var label in (ReadOnlySpan<string>)["题:", "题：", "标题:", "标题："])
        {
            if (!rest.StartsWith(label, StringComparison.Ordinal)) continue;
            return IsHeadline(ChineseText.Trim(rest[label.Length..])) ? label.Length : 0;
        }
        return 0;
    }

    /// <summary>
    /// A whole line 标题: 某某, possibly closed by a bracketed button ([打印本页]) that made it a share widget:
    /// <paramref name="at"/> and <paramref name="length"/> give the headline within the line.
    /// </summary>
    public static bool TryFind(ReadOnlySpan<char> line, string? reason, out int at, out int length)
    {
        at = length = 0;
        if (reason is not (null or DiscardReasons.PageMeta or DiscardReasons.ShareWidget) || !line.StartsWith("标题", StringComparison.Ordinal)) return false;
        var end = line.Length;
        if (reason == DiscardReasons.ShareWidget)
        {
            // The button closes the line; without it the widget word sits in the headline itself.
            var button = line.LastIndexOfAny('[', '【');
            if (button <= 0 || ChineseText.Trim(line)[^1] is not (']' or '】')) return false;
            end = button;
        }
        var label = LabelLength(line[..end]);
        if (label == 0) return false;
        at = label;
        while (at < end && ChineseText.IsSpace(line[at])) at++;
        while (end > at && ChineseText.IsSpace(line[end - 1])) end--;
        length = end - at;
        return length > 0;
    }

    private static bool IsHeadline(ReadOnlySpan<char> title) =>
        title.Length >= MinTitle && ChineseText.VisibleLength(title) <= LineClassifier.MaxWebTitleLength && title.IndexOfAny("。！？") < 0;
}
