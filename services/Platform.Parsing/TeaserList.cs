using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// Related stories listed under an article as headline + teaser pairs, each teaser a short line cut off mid-sentence
/// (often with the source glued on: "不久前,文明"). Two pairs or more after page furniture, running to the end of the
/// page or to more furniture, are a list, not stories: a story's body is not cut after a clause. Pairs whose teasers
/// all end with the channel or the site they link to (…,某某频道, …某某网) are a list even right under the story, when
/// they close the page.
/// </summary>
internal static class TeaserList
{
    private const int MaxTeaser = 50;
    private const int MinPairs = 2;

    /// <summary>Marks the teaser lists among the lines not yet set aside (null reasons).</summary>
    public static void Mark(string simple, List<PageLine> lines, int start, string?[] reasons)
    {
        for (var k = 1; k < reasons.Length; k++)
        {
            if (reasons[k] is not null) continue;
            var j = k;
            var tagged = true;
            while (j + 1 < reasons.Length && reasons[j] is null && reasons[j + 1] is null &&
                   IsHeadline(lines[start + j].Span(simple)) && IsTeaser(lines[start + j + 1].Span(simple)))
            {
                tagged &= EndsWithChannel(lines[start + j + 1].Span(simple));
                j += 2;
            }
            // After furniture, or closing the page with every teaser tagged with its channel (…,某某频道).
            var placed = reasons[k - 1] is not null || (j == reasons.Length && tagged);
            if (placed && (j - k) / 2 >= MinPairs && (j == reasons.Length || reasons[j] is not null))
                for (var x = k; x < j; x++) reasons[x] = DiscardReasons.RelatedList;
        }
    }

    private static bool IsHeadline(ReadOnlySpan<char> line)
    {
        var length = ChineseText.VisibleLength(line);
        return length is >= 4 and <= 40 && !ChineseText.EndsSentence(line) && line.IndexOf('。') < 0;
    }

    // A teaser has clause punctuation (or its channel's name glued on) but is cut before its sentence ends.
    private static bool IsTeaser(ReadOnlySpan<char> line) =>
        ChineseText.VisibleLength(line) <= MaxTeaser && (ChineseText.HasClauseMark(line) || EndsWithChannel(line)) && !ChineseText.EndsSentence(line);

    // 某某开幕某某频道, 某某开幕新华网: the channel or site the teaser links to, glued after its cut text.
    private static bool EndsWithChannel(ReadOnlySpan<char> line) =>
        line.Length > MinChannelTeaser && (line.EndsWith("频道", StringComparison.Ordinal) || line.EndsWith("网", StringComparison.Ordinal));

    private const int MinChannelTeaser = 6;
}
