using System.Buffers;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// An editor's credit inside or after a byline, written without a colon: "编辑 李 红", "(记者 王雪 编辑 周宁)", also a
/// reviewer of the review chain ("审读 张蕾 二审 李怡天").
/// Editors are never authors, so a byline ends where an editor label starts.
/// </summary>
internal static class EditorCredit
{
    // Longest first, so 责任编辑 is not read as 编辑 after a stray 责任.
    // The staff of a media centre's credits block (出品人, 总编辑, 策划) are no authors either.
    private static readonly string[] Labels = ["责任编辑", "责任校对", "值班编辑", "美术编辑", "总编辑", "编辑", "责编", "美编", "编审", "审核", "审校", "校对", "初审", "一审", "二审", "复审", "三审", "终审", "审读", "签发", "监制", "出品人", "出品", "策划", "统筹"];

    private static readonly SearchValues<char> LabelStarts = SearchValues.Create(string.Concat(Labels.Select(l => l[0])));

    /// <summary>
    /// Where the first editor label of a byline text starts, or -1: at the start or after a space or separator, or
    /// glued between names when one name follows it to the end of the credit (通讯员张三李四编辑王五).
    /// </summary>
    public static int Start(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // Most characters start no label: checked first, so a credit line is not compared with every label at every character.
            if (!LabelStarts.Contains(text[i])) continue;
            var apart = i == 0 || ChineseText.IsSpace(text[i - 1]) || text[i - 1] is '(' or '（' or '、' or ',' or '，' or ';' or '；' or '|';
            foreach (var label in Labels)
            {
                if (!text[i..].StartsWith(label, StringComparison.Ordinal)) continue;
                var next = i + label.Length;
                // A label is followed by a gap, a colon or the name itself, never by more of a word.
                if (apart && (next == text.Length || ChineseText.IsSpace(text[next]) || text[next] is ':' or '：' or '/' or '|' or '｜')) return i;
                if (IsClosingName(text[next..])) return i;
            }
        }
        return -1;
    }

    private const int MinName = 2;
    private const int MaxName = 4;

    // 王五 or 王五) closing the credit: a surname first, two to four characters, then nothing more of the credit.
    private static bool IsClosingName(ReadOnlySpan<char> rest)
    {
        var n = 0;
        while (n < rest.Length && n <= MaxName && HanCharacters.IsHan(rest[n])) n++;
        if (n is < MinName or > MaxName || !PersonNames.StartsWithSurname(rest[..n])) return false;
        return n == rest.Length || ChineseText.IsSpace(rest[n]) || rest[n] is ')' or '）' or '、' or ',' or '，' or ';' or '；' or '|' or '】' or ']';
    }

    /// <summary>A whole line that is an editor's credit: a label at its start, then names ("编辑 李 红", "编审 孙勤", "(责任编辑 王五)", "【编辑】王五").</summary>
    public static bool IsLine(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line);
        // (责任编辑 某某): the credit set in parentheses under the story.
        if (line.Length > 2 && line[0] is '(' or '（' && line[^1] is ')' or '）') line = ChineseText.Trim(line[1..^1]);
        if (line.Length > 24) return false;
        if (BracketedLabelLength(line) is var bracketed and > 0)
        {
            // 【编辑】某某, 【出品】某某融媒体中心: a credits block's label in brackets, then a name or the producing unit.
            var value = ChineseText.Trim(line[bracketed..]);
            return value.Length > 0 && !ChineseText.HasClauseMark(value);
        }
        if (Start(line) != 0) return false;
        var gap = line.IndexOfAny(" \u3000:：");
        if (gap < 0) return false;
        var rest = ChineseText.Trim(line[gap..]);
        return rest.Length > 0 && PersonNames.Find(rest).Count > 0 && rest.IndexOfAny("。，！？") < 0;
    }

    /// <summary>Length of a bracketed editor label opening the line (【编辑】, 【 出品人 】), or 0.</summary>
    private static int BracketedLabelLength(ReadOnlySpan<char> line)
    {
        if (line.Length < 4 || line[0] != '【') return 0;
        var close = line.IndexOf('】');
        if (close < 0) return 0;
        var label = ChineseText.Trim(line[1..close]);
        foreach (var l in Labels)
            if (label.SequenceEqual(l)) return close + 1;
        return 0;
    }
}
