using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// The lead that opens a news paragraph and names its source and authors: 本报讯(记者 X 通讯员 Y), 又讯(实习生X),
/// 本报北京3月5日电(记者 …), 中新网青海新闻2月22日电(祁连宣 李睿), 新华社沈阳3月5日电, 本网讯, 【香港商报网讯】记者 X
/// 报导:, [记者 X/某地报导], 本报讯 记者 X Y报道 …, 本报讯 记者 X 为… (`SpacedReporterCredit`), 云上某县报道:(通讯员 X), 某某融媒(通讯员 X). A lead is a short run without clause punctuation ending in 讯 or 电 that starts with 本/又, names an outlet
/// (报, 网, 社, 台, 刊, 新闻, 客户端, 融媒) or carries a date; or an outlet's name right before a reporter's parenthesis. Read in simplified characters.
/// </summary>
internal static class DatelineLead
{
    private const int MaxLead = 30;
    private const int MaxParenthesis = 42;
    private const int MaxListedLead = 44;
    private const int MaxAside = 20;
    private static readonly string[] Outlets = ["报", "网", "社", "台", "刊", "新闻", "客户端", "频道", "融媒"];

    /// <summary>Length of the lead (with its parenthesised byline) at the start of the line, or 0.</summary>
    /// <param name="line">The paragraph in simplified characters.</param>
    /// <param name="bylineStart">Start of the byline text inside the lead (after the opening parenthesis), or -1.</param>
    /// <param name="bylineLength">Length of that byline text.</param>
    public static int Length(ReadOnlySpan<char> line, out int bylineStart, out int bylineLength)
    {
        bylineStart = bylineLength = -1;
        // ??? 某某网讯: spaces lost to a wrong encoding stand before the lead.
        var junk = 0;
        while (junk < line.Length && line[junk] is '?' or '？' or ' ' or '\u3000' or '\u00a0') junk++;
        if (junk >= 2 && junk < line.Length && line[..junk].Contains('?'))
        {
            var length = Length(line[junk..], out bylineStart, out bylineLength);
            if (length == 0) return 0;
            if (bylineStart >= 0) bylineStart += junk;
            return junk + length;
        }
        if (line.IsEmpty) return 0;
        if (line[0] == '【') return BracketLead(line, out bylineStart, out bylineLength);
        if (line[0] is '[' or '［' or '〔') return ReporterBracket(line, out bylineStart, out bylineLength);
        if (line[0] is '(' or '（') return ReporterParenthesis(line, out bylineStart, out bylineLength);
        if (CutParenthesis(line, out bylineStart, out bylineLength) is var cut and > 0) return cut;
        var limit = Math.Min(line.Length, MaxLead);
        var k = -1;
        var reportWord = false;
        var listed = false;
        for (var i = 1; i < limit; i++)
        {
            var c = line[i];
            // 某网(某日报网)讯, 甲报、乙网(m.yi.cn)、丙讯: outlets listed or glossed before one lead, each ending as an outlet.
            if (c is '(' or '（' or '、' && EndsWithOutlet(line[..i]))
            {
                var aside = c == '、' ? 0 : OutletAside(line[i..]);
                if (c == '、' || aside > 0)
                {
                    i += Math.Max(aside - 1, 0);
                    listed = true;
                    limit = Math.Min(line.Length, MaxListedLead);
                    continue;
                }
            }
            if (c is '，' or ',' or '。' or '：' or ':' or '；' or '“' or '”' or '"' or '、' or '!' or '！' or '?' or '？' or '(' or '（') break;
            // 某某广电讯: 电 there is part of the outlet's name, the lead ends at 讯. 资讯 is a channel's name
            // (新闻·产经资讯河南开封讯): the lead may still follow it.
            if (c == '电' && i + 1 < limit && line[i + 1] == '讯') continue;
            if (c == '讯' && line[i - 1] == '资') continue;
            if (c is '讯' or '电') { k = i; break; }
            if (i >= 2 && IsReportWord(line[i..]))
            {
                k = i + 1;
                reportWord = true;
                break;
            }
        }
        // 通讯员 and a reporter's role are a byline, not a lead: 本报记者 陈红 通讯员 甄丽. 资讯 is a channel of the
        // site (新闻资讯-某栏目), not a lead either.
        if (k < 0) return OutletBeforeRoleByline(line, out bylineStart, out bylineLength);
        if ((line[k] == '讯' && line[k - 1] is '通' or '资') || line[..k].Contains("记者", StringComparison.Ordinal))
            return 0;
        var p = k + 1;
        while (p < line.Length && ChineseText.IsSpace(line[p])) p++;
        // 云上某县报道:(通讯员 某某): a colon may stand between the report word and its byline.
        if (reportWord && p + 1 < line.Length && line[p] is ':' or '：' && line[p + 1] is '(' or '（') p++;
        var opensByline = p < line.Length && line[p] is '(' or '（';
        // A list that no byline parenthesis closes is a sentence naming outlets (由甲报、乙社、丙电视台…).
        if (listed && !opensByline) return 0;
        var relayed = reportWord && line[0] == '据' && opensByline && IsRoleByline(line[p..]);
        if (reportWord ? !IsReportPrefix(relayed ? line[1..(k - 1)] : line[..(k - 1)], opensByline, listed)
                       : !IsLeadPrefix(line[..k], line[k]) && !IsOutletBeforeReporters(line[..k], line[k], line[p..], opensByline, spaced: p > k + 1))
            return 0;
        if (p < line.Length && line[p] is '(' or '（')
        {
            var window = line[p..Math.Min(line.Length, p + MaxParenthesis)];
            var close = window.IndexOfAny(')', '）');
            if (close > 0)
            {
                bylineStart = p + 1;
                bylineLength = close - 1;
                return p + close + 1;
            }
        }
        if (!reportWord && p < line.Length && RoleReportCredit(line[p..], out var names) is var credit and > 0)
        {
            bylineStart = p;
            bylineLength = names;
            return p + credit;
        }
        if (!reportWord && p < line.Length && SpacedReporterCredit.Length(line[p..], out var spacedNames) is var spaced and > 0)
        {
            bylineStart = p;
            bylineLength = spacedNames;
            return p + spaced;
        }
        // 某某网9月14日讯 据某某日报某县报道(通讯员 …): the site's lead, then the paper it relays and that paper's byline.
        if (!reportWord && p < line.Length && line[p] == '据' && Length(line[p..], out var relayedStart, out var relayedLength) is var relayedLead and > 0 && relayedStart >= 0)
        {
            bylineStart = p + relayedStart;
            bylineLength = relayedLength;
            return p + relayedLead;
        }
        return k + 1;
    }

    // 某某融媒(通讯员 某某), 某某台(记者 某某): an outlet's name and, at once, a reporter's byline, with no 讯, 电 or report
    // word: the lead is the two together.
    private static int OutletBeforeRoleByline(ReadOnlySpan<char> line, out int bylineStart, out int bylineLength)
    {
        bylineStart = bylineLength = -1;
        var open = line[..Math.Min(line.Length, MaxReportPrefix + 1)].IndexOfAny('(', '（');
        if (open < 2 || !EndsWithOutlet(line[..open]) || !HanCharacters.AreAllHan(line[..open]) || !IsRoleByline(line[open..])) return 0;
        var close = line[open..Math.Min(line.Length, open + MaxParenthesis)].IndexOfAny(')', '）');
        bylineStart = open + 1;
        bylineLength = close - 1;
        return open + close + 1;
    }

    // (某某日报通讯员李明 王芳): a parenthesis holding a reporter's role and names.
    private static bool IsRoleByline(ReadOnlySpan<char> rest)
    {
        var close = rest[..Math.Min(rest.Length, MaxParenthesis)].IndexOfAny(')', '）');
        if (close < 3) return false;
        var inner = ChineseText.Trim(rest[1..close]);
        return PersonNames.HasRole(inner) && PersonNames.IsNameLine(inner);
    }

    private static bool EndsWithOutlet(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[^1] is ')' or '）')
        {
            var open = text.LastIndexOfAny('(', '（');
            if (open <= 0) return false;
            text = text[..open];
        }
        if (text.Length < 2) return false;
        foreach (var o in Outlets)
            if (text.EndsWith(o, StringComparison.Ordinal)) return true;
        return false;
    }

    // (某日报网), (m.example.cn): a short gloss of the outlet's name or address, with no clause inside it.
    private static int OutletAside(ReadOnlySpan<char> rest)
    {
        var close = rest[..Math.Min(rest.Length, MaxAside)].IndexOfAny(')', '）');
        if (close < 3) return 0;
        foreach (var c in rest[1..close])
            if (c is '，' or ',' or '。' or '：' or ':' or '；' or '“' or '”' or '、' or ' ' or '\u3000') return 0;
        return close + 1;
    }

    // 云上某市报道(某县台王小林 刘江华), 某城市网消息 (记者林海燕): an outlet's report line without 讯 or 电.
    private static readonly string[] ReportWords = ["报道", "消息"];

    private static bool IsReportWord(ReadOnlySpan<char> rest)
    {
        foreach (var w in ReportWords)
            if (rest.StartsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }

    // The outlet of a report line: named as an outlet, or any short name when the byline parenthesis follows at once.
    // 据…报道 is a citation inside a sentence, not a lead (unless a reporter's byline follows it: then the caller
    // passes the prefix without 据).
    // 甲客户端、乙网、丙报6月28日消息(记者 某某): several outlets and the day may stand before the report word.
    private static bool IsReportPrefix(ReadOnlySpan<char> prefix, bool opensByline, bool listed)
    {
        prefix = WithoutDay(prefix);
        if (prefix.Length < 2 || prefix.Length > (listed ? MaxListedLead : MaxReportPrefix) || prefix[0] == '据') return false;
        foreach (var c in prefix)
            if (!HanCharacters.IsHan(c) && c != '·' && !(listed && c == '、')) return false;
        if (opensByline) return true;
        foreach (var o in Outlets)
            if (prefix.Contains(o, StringComparison.Ordinal)) return true;
        return false;
    }

    private const int MaxReportPrefix = 12;

    // 某报6月28日 → 某报: the day the report was filed, printed after the outlet.
    private static ReadOnlySpan<char> WithoutDay(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length < 4 || prefix[^1] != '日') return prefix;
        var i = prefix.Length - 1;
        while (i > 0 && char.IsAsciiDigit(prefix[i - 1])) i--;
        if (i == prefix.Length - 1 || i < 2 || prefix[i - 1] != '月') return prefix;
        var m = i - 1;
        while (m > 0 && char.IsAsciiDigit(prefix[m - 1])) m--;
        return m < i - 1 ? prefix[..m] : prefix;
    }

    private static bool IsLeadPrefix(ReadOnlySpan<char> prefix, char end)
    {
        if (prefix.Length == 0) return false;
        if (prefix is "又" || (prefix.Length <= 16 && (prefix.StartsWith("本报", StringComparison.Ordinal) || prefix.StartsWith("本刊", StringComparison.Ordinal) ||
            prefix.StartsWith("本网", StringComparison.Ordinal) || prefix.StartsWith("本台", StringComparison.Ordinal) || prefix.StartsWith("本站", StringComparison.Ordinal))))
            return true;
        if (end == '电' && prefix.Length < 3) return false; // 来电, 供电, 用电
        foreach (var o in Outlets)
            if (prefix.Contains(o, StringComparison.Ordinal)) return true;
        // 北京3月5日电: a dateline with a date.
        var month = prefix.IndexOf('月');
        return month > 0 && char.IsAsciiDigit(prefix[month - 1]) && prefix[month..].Contains('日');
    }

    private const int MaxOutletName = 10;

    // 某某广电讯(记者 某某 特约记者 某某), 某某信息港讯 记者张三 通讯员李四 …: any short name before 讯 is an outlet when its
    // reporters follow, in a parenthesis or set off by a space.
    private static bool IsOutletBeforeReporters(ReadOnlySpan<char> prefix, char end, ReadOnlySpan<char> rest, bool opensByline, bool spaced)
    {
        if (end != '讯' || rest.IsEmpty || prefix.Length is < 2 or > MaxOutletName || !HanCharacters.AreAllHan(prefix)) return false;
        return opensByline ? IsRoleByline(rest) : spaced && SpacedReporterCredit.Length(rest, out _) > 0;
    }

    private static readonly string[] BracketReportEnds = ["综合报导", "综合报道", "报导", "报道"];

    // [记者林小禾/台南报导], 〔记者方一舟综合报导〕: a wire-style lead naming the reporter and where the report was filed.
    // (记者 某某 通讯员 某某) “…”: the outlet's lead left out, the parenthesised reporters still open the story. A role
    // is required, so an aside in parentheses at a paragraph's start is no byline.
    private static int ReporterParenthesis(ReadOnlySpan<char> line, out int bylineStart, out int bylineLength)
    {
        bylineStart = bylineLength = -1;
        var close = line[..Math.Min(line.Length, MaxParenthesis)].IndexOfAny(')', '）');
        if (close < 5 || close + 1 >= line.Length) return 0;
        var inner = ChineseText.Trim(line[1..close]);
        if (!(inner.StartsWith("记者", StringComparison.Ordinal) || inner.StartsWith("通讯员", StringComparison.Ordinal)) || !PersonNames.IsNameLine(inner)) return 0;
        bylineStart = 1;
        bylineLength = close - 1;
        return close + 1;
    }

    // 某某网记者 张三)9月18日,…: a page copied from inside its lead, the outlet's 讯 and the opening parenthesis cut
    // off; the reporter's role before the closing parenthesis still says it is the byline.
    private static int CutParenthesis(ReadOnlySpan<char> line, out int bylineStart, out int bylineLength)
    {
        bylineStart = bylineLength = -1;
        var close = line[..Math.Min(line.Length, MaxParenthesis)].IndexOfAny(')', '）');
        // The lead alone (cut from its text as a byline's raw text) ends at the parenthesis.
        if (close < 4 || line[..close].IndexOfAny("(（，,。") >= 0) return 0;
        var inner = ChineseText.Trim(line[..close]);
        if (!inner.Contains("记者", StringComparison.Ordinal) && !inner.Contains("通讯员", StringComparison.Ordinal) || !PersonNames.IsNameLine(inner)) return 0;
        bylineStart = 0;
        bylineLength = close;
        return close + 1;
    }

    private static int ReporterBracket(ReadOnlySpan<char> line, out int bylineStart, out int bylineLength)
    {
        bylineStart = bylineLength = -1;
        var close = line[..Math.Min(line.Length, MaxParenthesis)].IndexOfAny("]］〕");
        if (close < 5) return 0;
        var inner = line[1..close];
        if (!inner.StartsWith("记者", StringComparison.Ordinal) || inner.IndexOfAny("，,。") >= 0) return 0;
        var end = -1;
        foreach (var word in BracketReportEnds)
            if (inner.EndsWith(word, StringComparison.Ordinal)) { end = inner.Length - word.Length; break; }
        if (end < 0) return 0;
        var slash = inner[..end].IndexOfAny('/', '／');
        bylineStart = 1;
        bylineLength = slash >= 0 ? slash : end;
        return close + 1;
    }

    // 【香港商报网讯】记者 宋杰 杨眉 报导:…
    private static int BracketLead(ReadOnlySpan<char> line, out int bylineStart, out int bylineLength)
    {
        bylineStart = bylineLength = -1;
        var close = line[..Math.Min(line.Length, MaxLead)].IndexOf('】');
        if (close < 2 || line[close - 1] is not ('讯' or '电')) return 0;
        var end = ReportCredit(line[(close + 1)..], out var names);
        if (end > 0)
        {
            bylineStart = close + 1;
            bylineLength = names;
            return close + 1 + end;
        }
        return HanCharacters.IsHan(line[1]) ? close + 1 : 0;
    }

    // 记者 宋杰 杨眉 报导:…: reporters closed by 报道 or 报导 right after a lead. Returns the length of the credit with
    // the space or colon after it, or 0; <paramref name="names"/> is the length of the names before the verb.
    private static int ReportCredit(ReadOnlySpan<char> rest, out int names)
    {
        names = -1;
        var limit = Math.Min(rest.Length, MaxParenthesis);
        for (var i = 0; i + 2 < limit; i++)
        {
            if (rest[i] is '，' or ',' or '。') break;
            if (rest[i..].StartsWith("报道", StringComparison.Ordinal) || rest[i..].StartsWith("报导", StringComparison.Ordinal))
            {
                var end = i + 2;
                while (end < rest.Length && ChineseText.IsSpace(rest[end])) end++;
                if (end < rest.Length && rest[end] is ':' or '：') end++;
                names = i;
                return end;
            }
        }
        return 0;
    }

    // 本报讯 记者王五 赵六报道 3月31日,…: a reporter's role, names only, then 报道 and a space or colon before the text.
    private static int RoleReportCredit(ReadOnlySpan<char> rest, out int names)
    {
        var end = ReportCredit(rest, out names);
        if (end <= names + 2 || !SpacedReporterCredit.StartsWithRole(rest) || !PersonNames.IsNameLine(rest[..names]))
            return 0;
        return end;
    }
}
