using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// The keyword tags a blog or app page prints under its article ("文明单位", "创建", "检查组", "镇安县"): four or more
/// very short lines without punctuation closing the page right after body text or furniture. A story never ends in bare words.
/// </summary>
internal static class KeywordTags
{
    private const int MaxTag = 6;
    private const int MinTags = 4;

    /// <summary>Marks the tags at the end of the page among the lines not yet set aside (null reasons).</summary>
    public static void Mark(string simple, List<PageLine> lines, int start, string?[] reasons)
    {
        var k = reasons.Length;
        while (k > 0 && reasons[k - 1] is not null) k--;
        var end = k;
        while (k > 0 && reasons[k - 1] is null && IsTag(lines[start + k - 1].Span(simple))) k--;
        if (end - k < MinTags || k == 0 || (reasons[k - 1] is null && !IsBody(lines[start + k - 1].Span(simple)))) return;
        for (var x = k; x < end; x++) reasons[x] = DiscardReasons.KeywordTags;
    }

    private static bool IsBody(ReadOnlySpan<char> line) => ChineseText.EndsSentence(line) || ChineseText.VisibleLength(line) > 40;

    private static bool IsTag(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line);
        return line.Length is >= 2 and <= MaxTag && Platform.Text.HanCharacters.AreAllHan(line);
    }
}
