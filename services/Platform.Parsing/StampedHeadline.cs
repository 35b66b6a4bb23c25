using System.Text.RegularExpressions;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// A page run onto one line: 标题 2012年1月7日 08:52:44栏目阅读模式 【某网】 正文…: the headline, the page's time stamp with
/// the channel and buttons glued to it, then the story. The headline is what stands before the stamp; the story starts at
/// the first space-set piece that reads as running text.
/// </summary>
internal static partial class StampedHeadline
{
    // A date with a clock time: 2012年1月7日 08:52:44, 2023-05-06 09:16, 2019/10/12 11:46.
    [GeneratedRegex(@"(?:19|20)\d\d(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})\s*\d{1,2}:\d\d(?::\d\d)?")]
    private static partial Regex Stamp();

    private const int MinHeadline = 6;
    private const int MaxHeadline = LineClassifier.MaxShortLength;
    // A meta piece after the stamp (栏目阅读模式, 【某网】, 来源:某网) is short; running text is longer or punctuated.
    private const int MaxMetaPiece = 20;
    private const int MinStory = 60;

    /// <summary>
    /// True when the line opens with a headline before a time stamp and the story follows the stamp's meta:
    /// <paramref name="stampStart"/> is where the headline ends, <paramref name="storyStart"/> where the story starts.
    /// </summary>
    public static bool TryFind(ReadOnlySpan<char> line, out int stampStart, out int storyStart)
    {
        stampStart = storyStart = 0;
        var window = line[..Math.Min(line.Length, MaxHeadline + 2)];
        var match = Stamp().EnumerateMatches(window);
        if (!match.MoveNext()) return false;
        var at = match.Current.Index;
        if (at == 0 || !ChineseText.IsSpace(line[at - 1])) return false;
        var head = ChineseText.Trim(line[..at]);
        if (head.Length < MinHeadline || ChineseText.HasClauseMark(head) || ChineseText.EndsSentence(head) || !HanCharacters.IsHan(head[0])) return false;
        var i = at + match.Current.Length;
        while (true)
        {
            while (i < line.Length && ChineseText.IsSpace(line[i])) i++;
            var end = line[i..].IndexOfAny(' ', '\u3000');
            var piece = end < 0 ? line[i..] : line.Slice(i, end);
            if (piece.Length > MaxMetaPiece || ChineseText.HasClauseMark(piece)) break;
            if (end < 0) return false;
            i += end;
        }
        if (line.Length - i < MinStory) return false;
        (stampStart, storyStart) = (at, i);
        return true;
    }
}
