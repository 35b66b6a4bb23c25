namespace Platform.Parsing;

/// <summary>
/// The opening of a paragraph as evidence for where a story starts: its first sentence (extended by one
/// when very short, capped in length) and whether it opens the way news stories do (近日, 今年以来, 5月31日…).
/// </summary>
internal static class StoryLead
{
    private const int MaxLength = 150;
    private const int MinLength = 30;
    private const string SentenceEnds = "。！？!?；;";

    private static readonly string[] Openers =
    [
        "近日", "日前", "近期", "近来", "近年来", "近些年", "近几年", "今年以来", "去年以来", "年初以来", "入夏以来", "入冬以来",
        "今年", "去年", "今年初", "本月", "上月", "上周", "本周", "昨天", "昨日", "今天",
    ];

    /// <summary>The first sentence of the paragraph (and the next one when the first is under 30 characters).</summary>
    public static ReadOnlySpan<char> FirstSentence(string paragraph)
    {
        var s = paragraph.AsSpan(0, Math.Min(paragraph.Length, MaxLength));
        var end = s.IndexOfAny(SentenceEnds);
        if (end < 0) return s;
        if (end + 1 < MinLength)
        {
            var next = s[(end + 1)..].IndexOfAny(SentenceEnds);
            end = next < 0 ? s.Length - 1 : end + 1 + next;
        }
        return s[..(end + 1)];
    }

    /// <summary>Characters of a paragraph's start that <see cref="OpensStory"/> reads.</summary>
    public const int MaxOpening = 8;

    /// <summary>True when the paragraph opens with a time phrase typical of a story's first sentence.</summary>
    public static bool OpensStory(ReadOnlySpan<char> paragraph)
    {
        paragraph = ChineseText.Trim(paragraph);
        foreach (var o in Openers)
            if (paragraph.StartsWith(o, StringComparison.Ordinal)) return true;
        // 5月31日, 2024年5月, 6月: a date leading the first clause.
        var i = 0;
        while (i < paragraph.Length && i < 4 && char.IsAsciiDigit(paragraph[i])) i++;
        if (i == 0 || i >= paragraph.Length) return false;
        return paragraph[i] == '月' || (i == 4 && paragraph[i] == '年');
    }

    public static bool Contains(ReadOnlySpan<char> lead, string name) => lead.Contains(name, StringComparison.Ordinal);
}
