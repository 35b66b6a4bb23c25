using Platform.Text;
using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>Reads the byline forms printed on these pages: 本报讯(…), author lines, (organization), ——speaker.</summary>
internal static class BylineParser
{
    private static readonly string[] NewsflashLeads = ["本报讯", "本刊讯", "本网讯", "本台讯", "本报电"];

    private const string OrganizationEndings = "办部委局会院所站厅处社组队团馆校司室台网报中心宫署盟";
    private static readonly string[] ContributionSuffixes = ["供稿", "供图", "来稿", "提供", "报送", "撰稿"];
    private static readonly string[] SpeakerRoles =
    [
        "常务副主任", "副主任", "主任", "副书记", "书记", "副局长", "局长", "副部长", "部长", "副主席", "主席",
        "会长", "副院长", "院长", "校长", "所长", "站长", "经理", "负责人", "理事长", "秘书长", "队长", "馆长",
        "副区长", "区长", "副市长", "市长", "副县长", "县长", "镇长", "乡长", "村长", "志愿者", "市民", "居民", "村民",
    ];

    /// <summary>Length of a leading 本报讯(作者) byline, or 0 when the line has none.</summary>
    public static int NewsflashLength(ReadOnlySpan<char> line)
    {
        var lead = 0;
        foreach (var l in NewsflashLeads)
        {
            if (line.StartsWith(l, StringComparison.Ordinal)) { lead = l.Length; break; }
        }
        if (lead == 0 && line.StartsWith("本报", StringComparison.Ordinal))
        {
            // 本报北京3月5日电(记者 …)
            var dian = line[..Math.Min(line.Length, 16)].IndexOf('电');
            if (dian > 2 && line[2..dian].IndexOfAny("，,。") < 0) lead = dian + 1;
        }
        if (lead == 0) return 0;
        var p = lead;
        while (p < line.Length && ChineseText.IsSpace(line[p])) p++;
        if (p < line.Length && line[p] is '(' or '（')
        {
            var close = line[p..Math.Min(line.Length, p + 42)].IndexOfAny(')', '）');
            if (close > 0) return p + close + 1;
        }
        return lead;
    }

    public static Byline Newsflash(string raw)
    {
        var open = raw.AsSpan().IndexOfAny('(', '（');
        var authors = open < 0 ? [] : PersonNames.Split(raw.AsSpan(open + 1, raw.Length - open - 2));
        return new Byline(raw, authors, null, BylineKind.Newsflash);
    }

    public static Byline Names(string raw)
    {
        var names = PersonNames.Split(raw);
        var kind = names.Count == 1 && PersonNames.IsSourceAbbreviation(names[0]) ? BylineKind.Source : BylineKind.Author;
        return new Byline(raw, names, null, kind);
    }

    public static bool IsOrganizationLine(ReadOnlySpan<char> line) =>
        line.Length >= 4 && line[0] is '(' or '（' && line[^1] is ')' or '）' && IsOrganizationName(line[1..^1]);

    public static bool IsOrganizationName(ReadOnlySpan<char> content)
    {
        content = ChineseText.Trim(content);
        if (content.Length is < 2 or > 30) return false;
        if (content.IndexOfAny("，,。；;、()（）“”") >= 0) return false;
        foreach (var s in ContributionSuffixes)
            if (content.EndsWith(s, StringComparison.Ordinal)) return content.Length > s.Length;
        return OrganizationEndings.Contains(content[^1]) && HanCharacters.IsHan(content[0]);
    }

    /// <summary>Organization in a parenthesised byline, without 供稿-style suffixes: the supplier is what consumers filter on.</summary>
    public static Byline Organization(string raw)
    {
        var inner = ChineseText.Trim(raw.AsSpan(1, raw.Length - 2));
        foreach (var s in ContributionSuffixes)
        {
            if (inner.EndsWith(s, StringComparison.Ordinal)) { inner = ChineseText.Trim(inner[..^s.Length]); break; }
        }
        return new Byline(raw, [], inner.ToString(), BylineKind.Organization);
    }

    /// <summary>Start of a trailing "(organization)" that closes a paragraph after a finished sentence, or -1.</summary>
    public static int TrailingOrganizationStart(string paragraph)
    {
        if (paragraph.Length < 6 || paragraph[^1] is not (')' or '）')) return -1;
        var open = paragraph.AsSpan().LastIndexOfAny('(', '（');
        if (open <= 0 || paragraph.Length - open > 34) return -1;
        if (!IsOrganizationName(paragraph.AsSpan(open + 1, paragraph.Length - open - 2))) return -1;
        return ChineseText.EndsSentence(paragraph.AsSpan(0, open)) ? open : -1;
    }

    /// <summary>——上海市徐汇区文明办主任周晨蔚: the speaker is the author, the body before the role the organization.</summary>
    public static Byline Signoff(string raw)
    {
        var s = raw.AsSpan();
        var i = 0;
        while (i < s.Length && (ChineseText.IsDash(s[i]) || ChineseText.IsSpace(s[i]))) i++;
        var body = ChineseText.Trim(s[i..]);
        foreach (var role in SpeakerRoles)
        {
            var at = body.LastIndexOf(role, StringComparison.Ordinal);
            if (at < 0) continue;
            var name = ChineseText.Trim(body[(at + role.Length)..]);
            if (!PersonNames.IsNameToken(name)) continue;
            var org = ChineseText.Trim(body[..at]);
            return new Byline(raw, [name.ToString()], org.Length > 0 ? org.ToString() : null, BylineKind.Signoff);
        }
        if (PersonNames.IsNameLine(body)) return new Byline(raw, PersonNames.Split(body), null, BylineKind.Signoff);
        return new Byline(raw, [], body.Length > 0 ? body.ToString() : null, BylineKind.Signoff);
    }
}
