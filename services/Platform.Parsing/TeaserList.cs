namespace Platform.Parsing;

/// <summary>
/// Related stories listed under an article as headline + teaser pairs, each teaser a short line cut off mid-sentence
/// (often with the source glued on: "不久前,文明"). Two pairs or more after page furniture, running to the end of the
/// page or to more furniture, are a list, not stories: a story's body is not cut after a clause.
/// </summary>
internal static class TeaserList
{
    public const string Reason = "related-list";
    private const int MaxTeaser = 50;
    private const int MinPairs = 2;

    /// <summary>Marks the teaser lists among the lines not yet set aside (null reasons).</summary>
    public static void Mark(string simple, List<PageLine> lines, int start, string?[] reasons)
    {
        for (var k = 1; k < reasons.Length; k++)
        {
            if (reasons[k] is not null || reasons[k - 1] is null) continue;
            var j = k;
            while (j + 1 < reasons.Length && reasons[j] is null && reasons[j + 1] is null &&
                   IsHeadline(lines[start + j].Span(simple)) && IsTeaser(lines[start + j + 1].Span(simple)))
                j += 2;
            if ((j - k) / 2 >= MinPairs && (j == reasons.Length || reasons[j] is not null))
                for (var x = k; x < j; x++) reasons[x] = Reason;
        }
    }

    private static bool IsHeadline(ReadOnlySpan<char> line)
    {
        var length = ChineseText.VisibleLength(line);
        return length is >= 4 and <= 40 && !ChineseText.EndsSentence(line) && line.IndexOf('。') < 0;
    }

    // A teaser has clause punctuation but is cut before its sentence ends.
    private static bool IsTeaser(ReadOnlySpan<char> line) =>
        ChineseText.VisibleLength(line) <= MaxTeaser && ChineseText.HasClauseMark(line) && !ChineseText.EndsSentence(line);
}
