using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// Photo credits, on their own line or glued to the end of a caption (read in simplified characters):
/// 徐军勇 许智良 摄, 刘冰摄, 本报记者 高 粮摄, (苏琳 记者 邓晓东 摄), 新华社发(许瑞平 摄), 见习记者石琪/摄,
/// 摄影/新华社记者范国栋, 通讯员 叶丽红 记者 司新华 文/图, (9月24日摄) with no name, and shared credits such as
/// (本版图片均 本报记者 田静 摄) that cover every photo of the page; a picture agency may follow the verb, as in
/// (王五摄/某某图片); an outlet that released the picture (新华社发, `OutletRelease`) credits nobody.
/// </summary>
internal static class PhotoCredit
{
    private const int MaxCredit = 40;
    private const int MaxAgency = 8;
    private static readonly string[] SharedMarkers = ["本版图片", "图片均", "本组图片", "本组照片", "均由", "组图"];

    /// <summary>True when the whole line is a credit.</summary>
    public static bool IsCreditLine(ReadOnlySpan<char> line)
    {
        line = WithoutEditors(ChineseText.Trim(line));
        return line.Length >= 3 && ChineseText.VisibleLength(line) <= MaxCredit && CreditAt(line, 0);
    }

    /// <summary>Where a credit printed at the end of a caption paragraph starts, or -1.</summary>
    public static int TrailingStart(ReadOnlySpan<char> paragraph) =>
        AfterSentenceStart(paragraph) is var start and > 0 ? start : SpacedTrailingStart(paragraph);

    private const int MinSpacedCaption = 4;

    /// <summary>
    /// 保洁员领取绿豆汤 某某日报 张三 李四 摄: a caption without punctuation and its credit after a space; where the credit
    /// starts, or -1. The longest credit wins, so an outlet printed before the names goes with them.
    /// </summary>
    public static int SpacedTrailingStart(ReadOnlySpan<char> line)
    {
        var end = line.TrimEnd(" \u3000").Length;
        if (end >= MinSpacedCaption + 3 && line[end - 1] != '摄') return SpacedVerbFirstStart(line[..end]);
        if (end < MinSpacedCaption + 3 || line[end - 1] != '摄' || line[..end].IndexOfAny(CaptionPunctuation) >= 0) return -1;
        for (var i = 1; i < end; i++)
        {
            if (!ChineseText.IsSpace(line[i]) || ChineseText.IsSpace(line[i - 1])) continue;
            var caption = line[..i];
            if (ChineseText.VisibleLength(caption) < MinSpacedCaption || PersonNames.IsNameLine(caption)) continue;
            var start = i + 1;
            while (start < end && ChineseText.IsSpace(line[start])) start++;
            if (ChineseText.VisibleLength(line[start..end]) <= MaxCredit && CreditAt(line[..end], start)) return start;
        }
        return -1;
    }

    // 摄影/某某, 摄影:某某, 摄影 某某: the verb first, then a separator.
    private static readonly string[] VerbFirstLeads = ["摄影/", "摄影:", "摄影：", "摄影 ", "摄影\u3000"];

    // 图/某某 too, after a finished sentence.
    private static readonly string[] CreditLeads = [.. VerbFirstLeads, "图/", "图:"];

    // An unpunctuated caption before a spaced credit holds none of these.
    private const string CaptionPunctuation = "。！？!?，,；;：:()（）";

    // 志愿者开展税务知识宣传 摄影 某某: the verb first, after a caption without punctuation and a space.
    private static int SpacedVerbFirstStart(ReadOnlySpan<char> line)
    {
        foreach (var lead in VerbFirstLeads)
        {
            var at = line.LastIndexOf(lead, StringComparison.Ordinal);
            if (at < 1 || !ChineseText.IsSpace(line[at - 1])) continue;
            var caption = line[..at];
            if (ChineseText.VisibleLength(caption) < MinSpacedCaption || caption.IndexOfAny(CaptionPunctuation) >= 0 ||
                PersonNames.IsNameLine(caption))
                continue;
            if (ChineseText.VisibleLength(line[at..]) <= MaxCredit && CreditAt(line, at)) return at;
        }
        return -1;
    }

    // 某某在清扫。 张三 摄, (苏琳 记者 邓晓东 摄): a credit after a finished sentence or in parentheses.
    private static int AfterSentenceStart(ReadOnlySpan<char> paragraph)
    {
        var end = paragraph.Length;
        while (end > 0 && (ChineseText.IsSpace(paragraph[end - 1]) || paragraph[end - 1] is '。' or '|')) end--;
        if (end < 4) return -1;
        var window = Math.Max(0, end - MaxCredit);
        // 摄影/新华社记者范国栋: the verb first.
        foreach (var lead in CreditLeads)
        {
            var at = paragraph[window..end].LastIndexOf(lead, StringComparison.Ordinal);
            if (at < 0) continue;
            at += window;
            if (at > 0 && !IsBoundary(paragraph[at - 1])) continue;
            if (CreditAt(paragraph[..end], at)) return at;
        }
        var last = paragraph[end - 1];
        if (last is not ('摄' or ')' or '）' or '图' or '影' or '道' or '发') && !(char.IsAsciiLetterUpper(last) && EndsWithLatinAgency(paragraph[..end])) &&
            !EndsInAgency(paragraph[..end]))
            return -1;
        // Back from the end to the nearest sentence end or opening parenthesis (names may hold spaces).
        var start = end - 1;
        while (start > window && !IsSentenceEnd(paragraph[start - 1]) && paragraph[start - 1] is not ('(' or '（')) start--;
        if (start == 0 || (!IsSentenceEnd(paragraph[start - 1]) && paragraph[start - 1] is not ('(' or '（'))) return -1;
        if (paragraph[start - 1] is '(' or '（')
        {
            // 新华社发(许瑞平 摄): a short outlet right before the parenthesis belongs to the credit.
            var open = start - 1;
            var outlet = open;
            while (outlet > 0 && open - outlet < 8 && !IsSentenceEnd(paragraph[outlet - 1]) && !ChineseText.IsSpace(paragraph[outlet - 1])) outlet--;
            start = outlet > 0 && open - outlet < 8 ? outlet : open;
        }
        while (start < end && ChineseText.IsSpace(paragraph[start])) start++;
        return start > 0 && start < end && CreditAt(paragraph[..end], start) ? start : -1;
    }

    // (王五摄/某某图: a credit whose picture agency the page's end cut off, its parenthesis never closed.
    private static bool EndsInAgency(ReadOnlySpan<char> text)
    {
        var tail = text[Math.Max(0, text.Length - MaxAgency - 2)..];
        var verb = tail.LastIndexOf("摄/", StringComparison.Ordinal);
        return verb >= 0 && tail[(verb + 2)..].IndexOfAny("。，,；;“”()（）") < 0;
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '”' or '…';

    private static bool IsBoundary(char c) => IsSentenceEnd(c) || ChineseText.IsSpace(c);

    /// <summary>The credit from <paramref name="start"/> to the end names photographers, or is a bare dated credit.</summary>
    private static bool CreditAt(ReadOnlySpan<char> text, int start)
    {
        var credit = WithoutAgency(text[start..]);
        if (OutletRelease.IsCredit(credit)) return true;
        // A credit is names, roles and a verb: sentence punctuation means a caption ran into it.
        var verb = HasVerb(credit);
        if (!(verb || EndsWithLatinAgency(text[start..])) || credit.TrimEnd("。 ").IndexOfAny("。！？，,；;“”") >= 0) return false;
        // Every token must be a name (outlets before a role and shared markers aside): a caption is no credit.
        var tokens = PersonNames.Find(credit);
        var names = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var n = tokens[k];
            if (IsShared(credit.Slice(n.Start, n.Length)) || IsDate(credit.Slice(n.Start, n.Length))) continue;
            var name = PersonNames.Compact(credit, n);
            if (k == 0 && tokens.Count > 1 && verb && IsOutlet(name)) continue;
            if (!PersonNames.IsNameToken(name)) return false;
            // 某某/AGENCY has no verb to say it is a credit: the names must read as persons (a surname first).
            if (!verb && !(name.Length <= 4 && PersonNames.StartsWithSurname(name))) return false;
            names++;
        }
        return names == 0 ? verb && IsBareCredit(credit) : names <= 6;
    }

    // 某某网 王五 摄: the outlet that published the photo, printed before its photographer without a role, names
    // nobody. Only as the first token before a name and a verb: elsewhere such a token means a caption ran in.
    private static bool IsOutlet(ReadOnlySpan<char> token) => token.Length is >= 2 and <= 8 && token[^1] is '网' or '社' or '报' or '台';

    // (王五摄/某某图片), 王五摄(某某中国), AGENCY/王五 摄, 王五/AGENCY: the picture agency around the photographer
    // names nobody.
    private static ReadOnlySpan<char> WithoutAgency(ReadOnlySpan<char> credit)
    {
        credit = WithoutLatinAgency(credit);
        var verb = credit.LastIndexOf("摄/", StringComparison.Ordinal);
        if (verb < 1) verb = credit.LastIndexOf("摄(", StringComparison.Ordinal);
        if (verb < 1) verb = credit.LastIndexOf("摄（", StringComparison.Ordinal);
        if (verb < 1) return credit;
        var agency = credit[(verb + 2)..].TrimEnd(")）。 ");
        return agency.Length is > 0 and <= MaxAgency && agency.IndexOfAny("。，,；;“”()（）") < 0 ? credit[..(verb + 1)] : credit;
    }

    private static ReadOnlySpan<char> WithoutLatinAgency(ReadOnlySpan<char> credit)
    {
        credit = credit[LatinAgencyPrefix(credit)..];
        var slash = credit.LastIndexOfAny('/', '／');
        if (slash > 0 && LatinAgencyLength(credit[(slash + 1)..]) == credit.Length - slash - 1) credit = credit[..slash];
        return credit;
    }

    // Length of a leading AGENCY/ before the photographer, or 0.
    private static int LatinAgencyPrefix(ReadOnlySpan<char> credit)
    {
        var prefix = LatinAgencyLength(credit);
        return prefix > 0 && credit.Length > prefix + 1 && credit[prefix] is '/' or '／' ? prefix + 1 : 0;
    }

    // CFP, CICPHOTO: a picture agency's Latin capitals.
    private static int LatinAgencyLength(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiLetterUpper(text[n])) n++;
        return n is >= MinLatinAgency and <= MaxLatinAgency ? n : 0;
    }

    private const int MinLatinAgency = 2;
    private const int MaxLatinAgency = 12;

    /// <summary>王五/CFP: a name closed by a slash and a picture agency's capitals is a credit without a verb.</summary>
    private static bool EndsWithLatinAgency(ReadOnlySpan<char> credit)
    {
        var c = credit.TrimEnd(")）。 ");
        var slash = c.LastIndexOfAny('/', '／');
        return slash > 0 && c.Length - slash - 1 > 0 && LatinAgencyLength(c[(slash + 1)..]) == c.Length - slash - 1;
    }

    // 本组照片由记者张三、李四提供 编辑|王五: the editor after a credit is no photographer.
    private static ReadOnlySpan<char> WithoutEditors(ReadOnlySpan<char> line)
    {
        var editors = EditorCredit.Start(line);
        return editors > 0 ? line[..editors].TrimEnd(" \u3000") : line;
    }

    private static bool HasVerb(ReadOnlySpan<char> credit)
    {
        var c = credit.TrimEnd(")）。 ");
        // 本组照片由记者张三提供: a shared credit says who supplied the pictures.
        if (c.EndsWith("提供", StringComparison.Ordinal) && IsShared(c)) return true;
        // 王五供图: the person who supplied the picture is credited like its photographer (a unit that supplied it is no name).
        if (c.EndsWith("摄", StringComparison.Ordinal) || c.EndsWith("摄影", StringComparison.Ordinal) || c.EndsWith("摄影报道", StringComparison.Ordinal) ||
            c.EndsWith("供图", StringComparison.Ordinal) ||
            c.EndsWith("文/图", StringComparison.Ordinal) || c.EndsWith("图/文", StringComparison.Ordinal))
            return true;
        // 摄影/张三, (摄影:张三), 图/张三: the verb first, then a separator.
        var lead = credit.TrimStart("(（");
        if (lead.StartsWith("摄影", StringComparison.Ordinal)) lead = lead[2..];
        else if (lead.StartsWith("图", StringComparison.Ordinal)) lead = lead[1..];
        else return false;
        return lead.Length > 1 && lead[0] is ':' or '：' or '/' or ' ';
    }

    // (9月24日摄), (资料图片), 受访者供图: a credit with no photographer.
    private static bool IsBareCredit(ReadOnlySpan<char> credit)
    {
        var c = credit.Trim("()（） 。");
        if (c.EndsWith("摄", StringComparison.Ordinal)) c = c[..^1];
        foreach (var ch in c)
            if (!char.IsAsciiDigit(ch) && ch is not ('年' or '月' or '日' or ' ')) return false;
        return c.Length > 0;
    }

    private static List<NameRange> Names(ReadOnlySpan<char> credit)
    {
        credit = WithoutAgency(WithoutEditors(credit));
        var names = PersonNames.Find(credit);
        // Outlets and shared markers are not photographers.
        for (var k = names.Count - 1; k >= 0; k--)
        {
            var n = names[k];
            if (!PersonNames.IsNameToken(PersonNames.Compact(credit, n)) || IsShared(credit.Slice(n.Start, n.Length))) names.RemoveAt(k);
        }
        return names;
    }

    private static bool IsDate(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
            if (!char.IsAsciiDigit(c) && c is not ('年' or '月' or '日' or ' ')) return false;
        return true;
    }

    public static bool IsShared(ReadOnlySpan<char> credit)
    {
        foreach (var m in SharedMarkers)
            if (credit.Contains(m, StringComparison.Ordinal)) return true;
        return false;
    }

    public static Byline Credit(Twin raw)
    {
        // AGENCY/王五 摄: the names are read after the agency, and their ranges count from the credit's start.
        var agency = LatinAgencyPrefix(raw.Simple);
        var names = agency == 0 ? Names(raw.Simple) : [.. Names(raw.Simple[agency..]).Select(n => n with { Start = n.Start + agency })];
        // 新华社发(许瑞平 摄): the outlet before the parenthesis is no photographer.
        for (var k = names.Count - 1; k >= 0; k--)
        {
            var name = PersonNames.Compact(raw.Simple, names[k]);
            if (!PersonNames.IsPlausible(name) && name.AsSpan().IndexOfAny("社报网台媒") >= 0) names.RemoveAt(k);
        }
        return new Byline(raw.ToString(), PersonNames.Take(raw.Printed, names), null, BylineKind.Photographer);
    }
}
