using System.Text.RegularExpressions;

namespace Platform.Parsing;

/// <summary>
/// 某某荣登“中国好人榜” 2012年1月7日 08:52:44栏目… 正文… (or 2012-01-07 08:52): a page copied flat onto one line, the headline first, then
/// the posting time (date and clock) and the rest. The run before the time stamp is the headline; the stamp is its date line.
/// </summary>
internal static partial class FlattenedHeadlineLine
{
    private const int MinHeadline = 6;
    private const int MinRest = 60;

    [GeneratedRegex(@"^(?<head>\S.{4,38}?\S)[ \u3000]+(?<stamp>\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})[ \u3000]*\d{1,2}:\d{2}(:\d{2})?)")]
    private static partial Regex Stamp();

    /// <summary>Finds the headline and the time stamp after it at the start of a long line (offsets in the line).</summary>
    public static bool TryFind(ReadOnlySpan<char> line, out int headlineLength, out int stampStart, out int stampLength)
    {
        headlineLength = stampStart = stampLength = 0;
        var m = Stamp().Match(line.ToString());
        if (!m.Success) return false;
        var head = m.Groups["head"].ValueSpan;
        if (ChineseText.VisibleLength(head) < MinHeadline || head.IndexOfAny("。！？，,；;") >= 0) return false;
        var stamp = m.Groups["stamp"];
        if (ChineseText.VisibleLength(line[(stamp.Index + stamp.Length)..]) < MinRest) return false;
        (headlineLength, stampStart, stampLength) = (head.Length, stamp.Index, stamp.Length);
        return true;
    }
}
