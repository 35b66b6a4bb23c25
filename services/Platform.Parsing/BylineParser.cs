using Platform.Text;
using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// Reads the byline forms printed on these pages: dateline leads (本报讯(…)), author lines, meta 作者: fields,
/// (organization) and (persons) closing a story, and ——speaker sign-offs. Text is read in simplified
/// characters; names and raw text are taken as printed.
/// </summary>
internal static class BylineParser
{
    private const string OrganizationEndings = "办部委局会院所站厅处社组队团馆校司室台网报中心宫署盟";
    private static readonly string[] ContributionSuffixes = ["供稿", "供图", "来稿", "提供", "报送", "撰稿"];
    private static readonly string[] SpeakerRoles =
    [
        "常务副主任", "副主任", "主任", "副书记", "书记", "副局长", "局长", "副部长", "部长", "副主席", "主席",
        "会长", "副院长", "院长", "校长", "所长", "站长", "经理", "负责人", "理事长", "秘书长", "队长", "馆长",
        "副区长", "区长", "副市长", "市长", "副县长", "县长", "镇长", "乡长", "村长", "志愿者", "市民", "居民", "村民",
    ];

    /// <summary>Length of a leading dateline (本报讯(作者)…), or 0 when the line has none.</summary>
    public static int NewsflashLength(ReadOnlySpan<char> line) => DatelineLead.Length(line, out _, out _);

    /// <summary>The byline of a dateline lead: persons in its parentheses (pen names such as 滨文 count).</summary>
    public static Byline Newsflash(Twin raw)
    {
        DatelineLead.Length(raw.Simple, out var start, out var length);
        // (记者 某某): a lead that is its parenthesised reporters alone, cut from the body it opened.
        if (start < 0 && raw.Length > 2 && raw.Simple[0] is '(' or '（' && raw.Simple[^1] is ')' or '）') (start, length) = (1, raw.Length - 2);
        if (start < 0) return new Byline(raw.ToString(), [], null, BylineKind.Newsflash);
        var inner = raw.Slice(start, length);
        if (IsOrganizationName(inner.Simple) && !PersonNames.IsNameLine(inner.Simple))
            return new Byline(raw.ToString(), [], StripContribution(inner).ToString(), BylineKind.Newsflash);
        return new Byline(raw.ToString(), Names(inner, strict: false), null, BylineKind.Newsflash);
    }

    /// <summary>An author line (林秀英; 本报记者 陈红 通讯员 甄丽; 津文).</summary>
    public static Byline Names(Twin raw)
    {
        var names = Names(raw, strict: false);
        var kind = names.Length == 1 && PersonNames.IsSourceAbbreviation(SimplifiedChinese.Convert(names[0])) ? BylineKind.Source : BylineKind.Author;
        return new Byline(raw.ToString(), names, null, kind);
    }

    /// <summary>The names of a byline text; strict keeps only plausible persons (a surname first, or a pen name).</summary>
    public static string[] Names(Twin text, bool strict)
    {
        var ranges = PersonNames.Find(text.Simple);
        for (var k = ranges.Count - 1; k >= 0; k--)
        {
            var name = PersonNames.Compact(text.Simple, ranges[k]);
            if (strict ? !PersonNames.IsPlausible(name) : !PersonNames.IsNameToken(name)) ranges.RemoveAt(k);
        }
        return PersonNames.Take(text.Printed, ranges);
    }

    public static bool IsOrganizationLine(ReadOnlySpan<char> line) =>
        line.Length >= 4 && line[0] is '(' or '（' && line[^1] is ')' or '）' &&
        (IsOrganizationName(line[1..^1]) || IsCompiledNote(line[1..^1]) || IsUnitAndPerson(line));

    /// <summary>(某区委文明办 张三) as a whole line: the unit that supplied the story and its writer.</summary>
    public static bool IsUnitAndPerson(ReadOnlySpan<char> line) =>
        line.Length >= 4 && line[0] is '(' or '（' && line[^1] is ')' or '）' && UnitPersonSplit(line[1..^1], out _) > 0;

    /// <summary>某区文体旅广局 张三 printed bare, without parentheses: the unit and its writer, as in <see cref="IsUnitAndPerson"/>.</summary>
    public static bool IsBareUnitAndPerson(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line);
        return line.Length >= 4 && line[0] is not ('(' or '（') && line.IndexOfAny("。，,；;！!？?“”") < 0 && UnitPersonSplit(line, out _) > 0;
    }

    // (综合采编), (本刊综合): the editors compiled the item from several reports; it closes the item like a unit's
    // byline but names no unit.
    private static readonly string[] CompiledNotes = ["综合", "综合采编", "综合整理", "综合编辑", "编辑整理", "本刊综合", "本报综合", "本网综合"];

    private static bool IsCompiledNote(ReadOnlySpan<char> content)
    {
        content = ChineseText.Trim(content);
        foreach (var note in CompiledNotes)
            if (content.SequenceEqual(note)) return true;
        return false;
    }

    public static bool IsOrganizationName(ReadOnlySpan<char> content)
    {
        content = ChineseText.Trim(content);
        if (content.Length is < 2 or > 30) return false;
        // (图/某社区提供): who supplied the picture, not who wrote the story.
        if (content.StartsWith("图/", StringComparison.Ordinal) || content.StartsWith("图：", StringComparison.Ordinal) || content.StartsWith("图:", StringComparison.Ordinal)) return false;
        if (content.IndexOfAny("，,。；;、()（）“”") >= 0) return false;
        foreach (var s in ContributionSuffixes)
            if (content.EndsWith(s, StringComparison.Ordinal)) return content.Length > s.Length;
        content = WithoutWriterMark(content);
        return content.Length >= 2 && OrganizationEndings.Contains(content[^1]) && HanCharacters.IsHan(content[0]);
    }

    /// <summary>Organization in a parenthesised byline, without 供稿-style suffixes: the supplier is what consumers filter on.</summary>
    public static Byline Organization(Twin raw)
    {
        var inner = raw.Slice(1, raw.Length - 2).Trim();
        if (IsCompiledNote(inner.Simple)) return new Byline(raw.ToString(), [], null, BylineKind.Source);
        inner = WithoutOutlet(inner);
        return new Byline(raw.ToString(), [], WithoutLetterSpacing(StripContribution(inner).ToString()), BylineKind.Organization);
    }

    // (某市委文明办 某某新闻网): the outlet that carried the unit's story follows it; a source outlet is no organization.
    private static Twin WithoutOutlet(Twin inner)
    {
        var space = inner.Simple.LastIndexOfAny(' ', '\u3000');
        if (space <= 0) return inner;
        var outlet = inner.Simple[(space + 1)..];
        var unit = ChineseText.Trim(inner.Simple[..space]);
        if (!PersonNames.IsOutletName(outlet) || unit.IndexOfAny(' ', '\u3000') >= 0 || !IsOrganizationName(unit))
            return inner;
        return inner.Slice(0, space).Trim();
    }

    // (团 委), (宣 传 部): a short name set with a space after every character is one name.
    private static string WithoutLetterSpacing(string organization)
    {
        var parts = organization.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return organization;
        foreach (var p in parts)
            if (p.Length != 1 || !HanCharacters.IsHan(p[0])) return organization;
        return string.Concat(parts);
    }

    // (某县委文明办/文): the office wrote the story; the mark after the slash is no part of its name.
    private static ReadOnlySpan<char> WithoutWriterMark(ReadOnlySpan<char> content) =>
        content.EndsWith("/文", StringComparison.Ordinal) || content.EndsWith("／文", StringComparison.Ordinal) ? ChineseText.Trim(content[..^2]) : content;

    private static Twin StripContribution(Twin inner)
    {
        var name = WithoutWriterMark(inner.Simple);
        if (name.Length < inner.Simple.Length) return inner.Slice(0, name.Length);
        foreach (var s in ContributionSuffixes)
        {
            if (inner.Simple.EndsWith(s, StringComparison.Ordinal)) return inner.Slice(0, inner.Length - s.Length).Trim();
        }
        return inner;
    }

    /// <summary>Start of a trailing "(organization)" that closes a paragraph after a finished sentence, or -1.</summary>
    public static int TrailingOrganizationStart(ReadOnlySpan<char> paragraph)
    {
        var open = TrailingParenthesis(paragraph);
        if (open < 0 || !IsOrganizationName(paragraph[(open + 1)..^1])) return -1;
        return ChineseText.EndsSentence(paragraph[..open]) ? open : -1;
    }

    private const int MinSuppliedCaption = 6;

    /// <summary>
    /// Start of a trailing "(某单位供图)" after a caption, whether or not the caption closes as a sentence
    /// (志愿者为游客指引路线(某景区供图)), or -1: the unit supplied a picture.
    /// </summary>
    public static int TrailingPictureSupplierStart(ReadOnlySpan<char> paragraph)
    {
        var open = TrailingParenthesis(paragraph);
        return open >= MinSuppliedCaption && paragraph[(open + 1)..^1].TrimEnd().EndsWith("供图", StringComparison.Ordinal) ? open : -1;
    }

    /// <summary>Start of a trailing "(unit person)" closing a paragraph after a finished sentence: (某某社区 张三), (来源:某区委宣传部 李四); or -1.</summary>
    public static int TrailingUnitAndPersonStart(ReadOnlySpan<char> paragraph)
    {
        var open = TrailingParenthesis(paragraph);
        if (open < 0 || !ChineseText.EndsSentence(paragraph[..open])) return -1;
        return UnitPersonSplit(paragraph[(open + 1)..^1], out _) > 0 ? open : -1;
    }

    /// <summary>The byline of a "(unit person)": the unit is the organization, the person the author.</summary>
    public static Byline UnitAndPerson(Twin raw)
    {
        var inner = raw.Simple[0] is '(' or '（' ? raw.Slice(1, raw.Length - 2) : raw;
        var person = UnitPersonSplit(inner.Simple, out var unitStart);
        var unitEnd = inner.Simple[person - 1] is ':' or '：' ? person - 1 : person;
        var unit = inner.Slice(unitStart, unitEnd - unitStart).Trim();
        return new Byline(raw.ToString(), Names(inner.Slice(person), strict: true), unit.ToString(), BylineKind.Organization);
    }

    /// <summary>The endings of a local unit's name (某某社区, 某某街道, 某某村, 某某镇, 某某乡) that may sign a story.</summary>
    public static readonly string[] LocalUnitEndings = ["社区", "街道", "村", "镇", "乡"];

    // 某某社区 张三, 来源:某区委宣传部 李四, 某某镇:张三, 某区委文明办 张三 李四: a unit, one space or a colon, then one
    // person or a line of writers; where the persons start, or -1. A 来源: label before the unit is skipped (unitStart is after it).
    private static int UnitPersonSplit(ReadOnlySpan<char> inner, out int unitStart)
    {
        unitStart = 0;
        if (inner.StartsWith("来源", StringComparison.Ordinal) && inner.Length > 3 && inner[2] is ':' or '：') unitStart = 3;
        var space = inner.LastIndexOfAny(' ', '　');
        if (space < 0 && unitStart == 0) space = inner.LastIndexOfAny(':', '：');
        if (space <= unitStart) return -1;
        var unit = ChineseText.Trim(inner[unitStart..space]);
        var person = ChineseText.Trim(inner[(space + 1)..]);
        // (某区委文明办 张三 李四): the unit is the first word when the rest is a line of writers' names.
        var firstSpace = inner[unitStart..].IndexOfAny(' ', '　') + unitStart;
        if (firstSpace > unitStart && AreWriters(ChineseText.Trim(inner[(firstSpace + 1)..])))
        {
            unit = ChineseText.Trim(inner[unitStart..firstSpace]);
            space = firstSpace;
        }
        else if (person.Length is < 2 or > 3 || !PersonNames.IsPlausible(person) || unit.IndexOfAny(' ', '　') >= 0) return -1;
        // (某某都市报 通讯员 张三 记者 李四 摄): an outlet credits its reporters; a source outlet is no organization.
        return IsUnitName(unit) && !PersonNames.IsNameLine(unit) && !PersonNames.IsOutletName(unit) ? space + 1 : -1;
    }

    /// <summary>An organization's name (某区委文明办) or a local unit's (某某社区, 某某镇, all Han) that may sign a story.</summary>
    public static bool IsUnitName(ReadOnlySpan<char> unit)
    {
        if (IsOrganizationName(unit)) return true;
        foreach (var e in LocalUnitEndings)
            if (unit.Length > e.Length + 1 && unit.EndsWith(e, StringComparison.Ordinal) && HanCharacters.AreAllHan(unit)) return true;
        return false;
    }

    // 张三 李四, 通讯员 王五: a line of names (roles allowed), every one a plausible person.
    private static bool AreWriters(ReadOnlySpan<char> names)
    {
        if (!PersonNames.IsNameLine(names)) return false;
        foreach (var r in PersonNames.Find(names))
            if (!PersonNames.IsPlausible(PersonNames.Compact(names, r))) return false;
        return true;
    }

    /// <summary>Start of a trailing "(persons)" closing a paragraph after a finished sentence: (黄一帆), (刁明宇 陆海军), (通讯员 谢洪波).</summary>
    public static int TrailingPersonsStart(ReadOnlySpan<char> paragraph)
    {
        // (记者 朱晨晖) |: a stray bar of the page layout may follow the byline, and so may a quotation mark the copy
        // left behind ((赵某)“).
        paragraph = paragraph.TrimEnd(" |｜\u3000“”\"");
        var open = TrailingParenthesis(paragraph);
        if (open < 0) return -1;
        // …的开封市某村支部书记(见习记者 某某): a reporter's role says it is the byline even where a list line, not a
        // sentence, ends the story.
        if (!ChineseText.EndsSentence(paragraph[..open]) && !HasReporterRole(paragraph[(open + 1)..^1])) return -1;
        return IsPersonsLine(paragraph[open..]) ? open : -1;
    }

    private static readonly string[] ReporterRoles = ["记者", "通讯员", "实习生"];

    private static bool HasReporterRole(ReadOnlySpan<char> content)
    {
        foreach (var role in ReporterRoles)
            if (content.StartsWith(role, StringComparison.Ordinal) || content.Contains("见习" + role, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>(文 某某), (文/某某), (文:某某): a parenthesised credit for the text, the writers of the story.</summary>
    public static bool IsTextCredit(ReadOnlySpan<char> parenthesis) =>
        parenthesis.Length > 3 && parenthesis[0] is '(' or '（' && parenthesis[1] == '文' && parenthesis[2] is ' ' or '\u3000' or '/' or '／' or ':' or '：';

    /// <summary>
    /// Start of a trailing credit that names the contribution's source and then persons, (稿源:某某网 通讯员 李明), or -1.
    /// A roundup of contributions closes each section with such a credit under the roundup writer's own byline; a
    /// plain (来源:某报 记者 王芳) under a byline is the repost's original, and is not taken.
    /// </summary>
    public static int TrailingContributionCreditStart(ReadOnlySpan<char> paragraph)
    {
        var open = TrailingPersonsStart(paragraph);
        if (open < 0) return -1;
        var inner = paragraph[(open + 1)..];
        return inner.StartsWith("稿源", StringComparison.Ordinal) && inner.Length > 2 && inner[2] is ':' or '：' ? open : -1;
    }

    /// <summary>Start of one person's name set after a finished sentence and a space at the paragraph's end (…力量。 某某), or -1.</summary>
    public static int TrailingNameStart(ReadOnlySpan<char> paragraph)
    {
        paragraph = paragraph.TrimEnd(" \u3000");
        var space = paragraph.LastIndexOfAny(' ', '\u3000');
        if (space < 1 || !ChineseText.EndsSentence(paragraph[..space].TrimEnd(" \u3000"))) return -1;
        var name = paragraph[(space + 1)..];
        if (name.Length is < 2 or > 3) return -1;
        foreach (var c in name)
            if (!HanCharacters.IsHan(c)) return -1;
        return PersonNames.IsPlausible(name) ? space + 1 : -1;
    }

    /// <summary>A whole line of persons in parentheses, every name plausible: (通讯员 谢洪波), (袁嘉阳、贾岩、丁祖铭).</summary>
    public static bool IsPersonsLine(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line);
        if (line.Length < 4 || line[0] is not ('(' or '（') || line[^1] is not (')' or '）')) return false;
        return AreWriters(line[1..^1]);
    }

    private static int TrailingParenthesis(ReadOnlySpan<char> paragraph)
    {
        if (paragraph.Length < 6 || paragraph[^1] is not (')' or '）')) return -1;
        var open = paragraph.LastIndexOfAny('(', '（');
        return open <= 0 || paragraph.Length - open > 34 ? -1 : open;
    }

    /// <summary>——上海市徐汇区文明办主任周晨蔚: the speaker is the author, the body before the role the organization.</summary>
    public static Byline Signoff(Twin raw)
    {
        var i = 0;
        while (i < raw.Length && (ChineseText.IsDash(raw.Simple[i]) || ChineseText.IsSpace(raw.Simple[i]))) i++;
        var body = raw.Slice(i).Trim();
        foreach (var role in SpeakerRoles)
        {
            var at = body.Simple.LastIndexOf(role, StringComparison.Ordinal);
            if (at < 0) continue;
            var name = body.Slice(at + role.Length).Trim();
            if (!PersonNames.IsNameToken(name.Simple)) continue;
            var org = body.Slice(0, at).Trim();
            return new Byline(raw.ToString(), [name.ToString()], org.Length > 0 ? org.ToString() : null, BylineKind.Signoff);
        }
        if (PersonNames.IsNameLine(body.Simple)) return new Byline(raw.ToString(), Names(body, strict: false), null, BylineKind.Signoff);
        return new Byline(raw.ToString(), [], body.Length > 0 ? body.ToString() : null, BylineKind.Signoff);
    }
}
