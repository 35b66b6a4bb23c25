using System.Buffers;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>A name found in a byline: its offset and length in the byline text (inner spaces are dropped when taken).</summary>
internal readonly record struct NameRange(int Start, int Length);

/// <summary>
/// Reads the persons of a byline (in simplified characters): roles (本报记者, 见习记者, 通讯员, 实习生…) and the
/// outlet before a role (湖南日报全媒体记者) are dropped, as are the trailing verbs (摄, 撰文, 报道, 文/图). Names
/// may be set with an inner space (高 粮 is one name; 莫 成  胡 域 are two, split at the wider gap), separated by
/// spaces or list marks, or run together after a role (记者黄柳英通讯员谢万波李文秀), where they are cut at
/// surnames into two- and three-character names.
/// </summary>
internal static class PersonNames
{
    // Last characters of place and organization names: such a token is not a person.
    private const string NonPersonEndings = "省市区县州旗镇乡村办部委局会院所站厅处社组队团馆校司室报台网";

    /// <summary>Role words, longest first; an outlet may stand before them (新华社记者, 绵阳日报社融媒体记者).</summary>
    private static readonly string[] Roles =
    [
        "本报首席记者", "首席记者", "本报记者", "本刊记者", "本网记者", "本台记者", "见习记者", "特约记者", "实习记者", "摄影记者",
        "全媒体记者", "融媒体记者", "全媒记者", "融媒记者", "驻站记者",
        // 某某网采访人员 某某: the word some reposting sites print in place of 记者, credited the same way.
        "采访人员", "记者", "本报通讯员", "特约通讯员", "通讯员", "实习生", "撰稿人", "撰稿", "撰文", "作者", "摄影",
        // 市委报道组 某某: a local reporting team's correspondent, credited like a 通讯员.
        "市委报道组", "县委报道组", "区委报道组", "州委报道组", "报道组", "报道员",
        // 某某报社社长 某某, 某县县委书记 某某: a speaker's office, printed over a speech like a reporter's role; the
        // unit before it is dropped like an outlet. 主任记者 is a reporter's rank, not an office.
        "主任记者", "总编辑", "社长", "书记", "主任", "部长", "局长", "厅长", "主席", "院长", "校长", "县长", "市长", "省长",
        "理事长", "董事长", "会长", "负责人",
    ];

    // 文并摄 (text and pictures by): one credit for both, read before 摄 so 文并 is not taken for a name.
    private static readonly string[] TrailingVerbs = ["摄影报道", "摄影", "报道", "报导", "撰文", "整理", "供图", "提供", "文/图", "图/文", "文并摄", "文并图", "摄", "文", "图"];

    private const string StrongSeparators = "、，,;；|/／:：()（）";

    // 作者:管理员: the site account that posted the page, no person.
    private static readonly string[] SiteAccounts = ["管理员", "网管", "小编", "编辑部", "站长"];

    public static bool IsNameToken(ReadOnlySpan<char> token)
    {
        if (token.Length is < 2 or > 10) return false;
        foreach (var account in SiteAccounts)
            if (token.SequenceEqual(account)) return false;
        var cjk = 0;
        foreach (var c in token)
        {
            if (HanCharacters.IsHan(c)) cjk++;
            else if (c != '·' && c != '•') return false;
        }
        if (cjk < 2 || (cjk > 4 && !token.Contains('·'))) return false;
        // 龙山县坚, 西宁市美: a place name runs into the token.
        if (token[..^1].IndexOfAny("省市县区") >= 0) return false;
        // 张彬旗, 王红旗: 旗 ends many given names; a banner (达拉特旗) is longer or has no surname in front.
        if (token[^1] == '旗' && token.Length == 3 && ChineseSurnames.SurnameLength(token) == 1) return true;
        return !NonPersonEndings.Contains(token[^1]);
    }

    // A trailing two- or three-character token is taken as an author only when it starts with a surname,
    // so title words are not mistaken for names.
    public static bool StartsWithSurname(ReadOnlySpan<char> token) => ChineseSurnames.SurnameLength(token) > 0;

    /// <summary>A pen name of a source: 津文, 福清文, 祁连宣 (a place or outlet plus 文 or 宣).</summary>
    public static bool IsSourceAbbreviation(ReadOnlySpan<char> token) =>
        token.Length is >= 2 and <= 4 && token[^1] is '文' or '宣' && IsNameToken(token);

    /// <summary>A plausible person (or pen name) in a strict position: a surname first, or a source abbreviation.</summary>
    public static bool IsPlausible(ReadOnlySpan<char> token) =>
        IsNameToken(token) && (token.Contains('·') || (token.Length <= 4 && StartsWithSurname(token)) || IsSourceAbbreviation(token));

    /// <summary>A line holding only authors: one to four names (roles allowed), or a source abbreviation.</summary>
    public static bool IsNameLine(ReadOnlySpan<char> line)
    {
        // Editors after the authors (记者 王雪 编辑 周宁) are not part of the byline; a line of editors alone is none.
        var editors = EditorCredit.Start(line);
        if (editors == 0) return false;
        if (editors > 0) line = ChineseText.Trim(line[..editors]);
        line = line[SourceLabelLength(line)..];
        if (ChineseText.VisibleLength(line) > 30 || line.IndexOfAny("。，！？“”《》") >= 0) return false;
        // Without a separator or a role, a line of names is one name or pen name: no more than four characters.
        if (line.Length > 4 && line.IndexOfAny(" 、,，/／;；:：()（）\u3000") < 0 && !HasRole(line)) return false;
        var names = t_lineNames ??= new List<NameRange>(4);
        names.Clear();
        Find(line, names);
        if (names.Count is 0 or > 5) return false;
        var surname = false;
        var roles = HasRole(line);
        foreach (var n in names)
        {
            var name = Compact(line, n);
            if (!IsNameToken(name)) return false;
            // Four characters without a role word read as a phrase (文明底色), not a name.
            if (!roles && name.Length >= 4 && ChineseSurnames.SurnameLength(name) < 2 && !name.Contains('·')) return false;
            surname |= IsPlausible(name);
        }
        if (!surname) return false;
        // Every character of the line must be a name, a role, a verb or a separator: "志愿者为老人服务" is no byline.
        return CoveredByNames(line, names);
    }

    [ThreadStatic] private static List<NameRange>? t_lineNames;
    [ThreadStatic] private static List<(int Start, int End)>? t_tokens;
    [ThreadStatic] private static List<(int Start, int End)>? t_merged;

    /// <summary>The names of a byline text, without roles, outlets and trailing verbs.</summary>
    public static List<NameRange> Find(ReadOnlySpan<char> text)
    {
        var result = new List<NameRange>(4);
        Find(text, result);
        return result;
    }

    /// <summary>Adds the names of a byline text to <paramref name="result"/>.</summary>
    public static void Find(ReadOnlySpan<char> text, List<NameRange> result)
    {
        var editors = EditorCredit.Start(text);
        if (editors >= 0) text = text[..editors];
        var end = StripTrailingVerbs(text);
        var start = SourceLabelLength(text);
        if (start == 0) start = LeadingVerbLength(text);
        while (start < end)
        {
            // Strong separators and runs of two or more spaces split segments; single spaces are weak.
            var stop = start;
            while (stop < end && !StrongSeparators.Contains(text[stop]) && !IsWideGap(text, stop, end)) stop++;
            if (!IsOutletBrand(text, stop, end)) AddSegment(text, start, stop, result);
            start = stop + 1;
            while (start < end && ChineseText.IsSpace(text[start])) start++;
        }
    }

    // 某某云/某某日报记者 张三: a brand joined by a slash to the outlet whose reporter follows is that outlet's too, no name.
    private static bool IsOutletBrand(ReadOnlySpan<char> text, int slash, int end)
    {
        if (slash >= end || text[slash] is not ('/' or '／')) return false;
        var from = slash + 1;
        var i = from;
        while (i < end && HanCharacters.IsHan(text[i]) && RoleAt(text, i, end) == 0) i++;
        if (i == from || i >= end || RoleAt(text, i, end) == 0) return false;
        foreach (var o in OutletWords)
            if (text[from..i].EndsWith(o, StringComparison.Ordinal)) return true;
        return false;
    }

    // 图/文李明王芳: the verbs printed before the names instead of after them; read as names, 文 (a surname too) would
    // join the first name.
    private static int LeadingVerbLength(ReadOnlySpan<char> text)
    {
        foreach (var verb in (ReadOnlySpan<string>)["图/文", "文/图", "图／文", "文／图"])
        {
            if (!text.StartsWith(verb, StringComparison.Ordinal)) continue;
            var i = verb.Length;
            while (i < text.Length && (ChineseText.IsSpace(text[i]) || text[i] is ':' or '：')) i++;
            return i;
        }
        return 0;
    }

    // (来源:某市日报记者/赵丽丽), (稿源:某某网 通讯员 李明): the label before an outlet and its reporter is no name.
    private static int SourceLabelLength(ReadOnlySpan<char> text)
    {
        if (UnitLabelLength(text) is var unit and > 0) return unit;
        if (BracketedRoleLength(text) is var role and > 0) return role;
        if (AccountLabelLength(text) is var account and > 0) return account;
        var open = text.Length > 0 && text[0] is '(' or '（' ? 1 : 0;
        if (!(text[open..].StartsWith("来源", StringComparison.Ordinal) || text[open..].StartsWith("稿源", StringComparison.Ordinal)) ||
            text.Length < open + 4 || text[open + 2] is not (':' or '：')) return 0;
        var i = open + 3;
        while (i < text.Length && ChineseText.IsSpace(text[i])) i++;
        return i;
    }

    // 【记者】某某, 【 通讯员】某某 某某: a credits block's role in brackets before the names.
    private static int BracketedRoleLength(ReadOnlySpan<char> text)
    {
        if (text.Length < 4 || text[0] != '【') return 0;
        var close = text.IndexOf('】');
        if (close < 0) return 0;
        var role = ChineseText.Trim(text[1..close]);
        if (!SpacedReporterCredit.StartsWithRole(role) && !role.SequenceEqual("摄影") && !role.SequenceEqual("作者") && !role.SequenceEqual("文字")) return 0;
        var i = close + 1;
        while (i < text.Length && ChineseText.IsSpace(text[i])) i++;
        return i;
    }

    // (某县发布 某某): a local government's news account (某县发布, 某市发布) and then its author; the account is the
    // source, no name.
    private static int AccountLabelLength(ReadOnlySpan<char> text)
    {
        var i = text.Length > 0 && text[0] is '(' or '（' ? 1 : 0;
        var from = i;
        while (i < text.Length && HanCharacters.IsHan(text[i])) i++;
        if (i - from is < 3 or > 8 || !text[from..i].EndsWith("发布", StringComparison.Ordinal) || i >= text.Length || !ChineseText.IsSpace(text[i])) return 0;
        while (i < text.Length && ChineseText.IsSpace(text[i])) i++;
        return i < text.Length ? i : 0;
    }

    // 华东区: 林小禾 报道: the reporting unit before a colon, then the reporter of a report credit.
    private static int UnitLabelLength(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOfAny(':', '：');
        if (colon is < 2 or > 6) return 0;
        foreach (var c in text[..colon])
            if (!HanCharacters.IsHan(c)) return 0;
        var end = text.TrimEnd(" \u3000");
        if (!end.EndsWith("报道", StringComparison.Ordinal) && !end.EndsWith("报导", StringComparison.Ordinal)) return 0;
        var i = colon + 1;
        while (i < text.Length && ChineseText.IsSpace(text[i])) i++;
        return i;
    }

    /// <summary>A photo report credit: names closed by 摄影报道 (the photographer reported the story).</summary>
    public static bool EndsWithPhotoReportVerb(ReadOnlySpan<char> line) => line.TrimEnd(" \u3000)）").EndsWith("摄影报道", StringComparison.Ordinal);

    /// <summary>A report credit line: names closed by 报道 or 报导.</summary>
    public static bool EndsWithReportVerb(ReadOnlySpan<char> line)
    {
        var end = line.TrimEnd(" \u3000");
        return end.EndsWith("报道", StringComparison.Ordinal) || end.EndsWith("报导", StringComparison.Ordinal);
    }

    /// <summary>The printed names: the ranges cut from the printed text, inner spaces removed.</summary>
    public static string[] Take(ReadOnlySpan<char> printed, List<NameRange> names)
    {
        var result = new string[names.Count];
        for (var i = 0; i < names.Count; i++) result[i] = Compact(printed, names[i]);
        return result;
    }

    public static string Compact(ReadOnlySpan<char> text, NameRange n)
    {
        var span = text.Slice(n.Start, n.Length);
        if (span.IndexOfAny(' ', '\u3000') < 0) return span.ToString();
        Span<char> buffer = stackalloc char[span.Length];
        var k = 0;
        foreach (var c in span) if (!ChineseText.IsSpace(c)) buffer[k++] = c;
        return new string(buffer[..k]);
    }

    private static bool IsWideGap(ReadOnlySpan<char> s, int i, int end) =>
        ChineseText.IsSpace(s[i]) && (s[i] == '\u3000' || (i + 1 < end && ChineseText.IsSpace(s[i + 1])));

    private static int StripTrailingVerbs(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && (ChineseText.IsSpace(text[end - 1]) || text[end - 1] is ')' or '）' or '。' or '|')) end--;
        foreach (var verb in TrailingVerbs)
        {
            if (!text[..end].EndsWith(verb, StringComparison.Ordinal)) continue;
            // 滨文 and 津文 are pen names: a lone 文 or 图 is a verb only after a space or a slash.
            if (verb is "文" or "图" && end - 1 > 0 && !(ChineseText.IsSpace(text[end - 2]) || text[end - 2] is '/' or '／')) break;
            end -= verb.Length;
            while (end > 0 && (ChineseText.IsSpace(text[end - 1]) || text[end - 1] is '/' or '／')) end--;
            break;
        }
        return end;
    }

    private static void AddSegment(ReadOnlySpan<char> s, int start, int stop, List<NameRange> result)
    {
        // Roles inside the segment: whatever stands before a role is its outlet (dropped) or a previous name list.
        var from = start;
        for (var i = start; i < stop; i++)
        {
            var role = RoleAt(s, i, stop);
            if (role == 0) continue;
            // Only the block before the first role can be an outlet; after a role, a block is names (本报记者 智勇 实习生 杨晓梅).
            AddNames(s, from, i, result, beforeRole: from == start);
            i += role - 1;
            from = i + 1;
        }
        AddNames(s, from, stop, result, beforeRole: false);
    }

    private static readonly SearchValues<string> RoleWords = SearchValues.Create(Roles, StringComparison.Ordinal);
    private static readonly SearchValues<char> RoleStarts = SearchValues.Create(string.Concat(Roles.Select(r => r[..1])));

    private static int RoleAt(ReadOnlySpan<char> s, int i, int stop)
    {
        if (!RoleStarts.Contains(s[i])) return 0;
        foreach (var role in Roles)
        {
            if (i + role.Length <= stop && s.Slice(i, role.Length).SequenceEqual(role)) return role.Length;
        }
        return 0;
    }

    private static void AddNames(ReadOnlySpan<char> s, int start, int stop, List<NameRange> result, bool beforeRole)
    {
        while (start < stop && (ChineseText.IsSpace(s[start]) || s[start] is '□' or '◎' or '■' or '●')) start++;
        while (stop > start && ChineseText.IsSpace(s[stop - 1])) stop--;
        if (stop <= start) return;
        // Tokens at single spaces; a lone surname followed by one or two characters is one name (高 粮, 韩 蕾).
        var tokens = t_tokens ??= new List<(int Start, int End)>(4);
        tokens.Clear();
        for (var i = start; i < stop;)
        {
            var e = i;
            while (e < stop && !ChineseText.IsSpace(s[e])) e++;
            tokens.Add((i, e));
            i = e;
            while (i < stop && ChineseText.IsSpace(s[i])) i++;
        }
        var merged = t_merged ??= new List<(int Start, int End)>(4);
        merged.Clear();
        for (var k = 0; k < tokens.Count; k++)
        {
            var (a, b) = tokens[k];
            // 王 小 明: exactly three single characters after a surname are one name set letter by letter.
            if (IsSpacedThreeCharacterName(s, tokens, k))
            {
                merged.Add((a, tokens[k + 2].End));
                k += 2;
                continue;
            }
            if (b - a == 1 && k + 1 < tokens.Count && tokens[k + 1].End - tokens[k + 1].Start is 1 or 2 && ChineseSurnames.IsSurname(s[a]))
            {
                merged.Add((a, tokens[k + 1].End));
                k++;
                continue;
            }
            merged.Add((a, b));
        }
        // 某某商报·某某新闻网 张三 通讯员 李四: the outlet printed before its reporter with no role between names nobody.
        if (merged.Count >= 2 && IsOutletName(s[merged[0].Start..merged[0].End])) merged.RemoveAt(0);
        if (beforeRole && merged.Count == 1)
        {
            // One block before a role is an outlet (新华社, 湖南日报全媒体) unless it reads as a name list, or a name
            // glued to the outlet it works for (苏琳德阳日报社融媒体).
            var (a, b) = merged[0];
            if (b - a > 3 || !IsPlausible(s[a..b]))
            {
                var glued = NameBeforeOutlet(s[a..b]);
                if (glued > 0) result.Add(new NameRange(a, glued));
                return;
            }
        }
        foreach (var (a, b) in merged)
        {
            // 文/刘求山, 图:张三 — the verb written first.
            if (b - a == 1 && s[a] is '文' or '图') continue;
            AddToken(s, a, b, result);
        }
    }

    private static bool IsSpacedThreeCharacterName(ReadOnlySpan<char> s, List<(int Start, int End)> tokens, int k)
    {
        if (k + 2 >= tokens.Count || !ChineseSurnames.IsSurname(s[tokens[k].Start])) return false;
        for (var j = k; j <= k + 2; j++)
            if (tokens[j].End - tokens[j].Start != 1) return false;
        var before = k == 0 || tokens[k - 1].End - tokens[k - 1].Start > 1;
        var after = k + 3 == tokens.Count || tokens[k + 3].End - tokens[k + 3].Start > 1;
        return before && after;
    }

    private const int MinOutletName = 4;

    /// <summary>某某新闻网, 某某商报·某某网: a paper's or site's name, four characters or more; no person's name ends so.</summary>
    public static bool IsOutletName(ReadOnlySpan<char> token)
    {
        if (token.Length < MinOutletName || token[^1] is not ('网' or '报' or '社' or '台')) return false;
        foreach (var c in token)
            if (!HanCharacters.IsHan(c) && c != '·') return false;
        return true;
    }

    private static readonly string[] OutletWords = ["报", "社", "台", "媒体", "中心"];

    /// <summary>Length of a two- or three-character name at the start of an outlet block (苏琳德阳日报社融媒体 → 2), or 0.</summary>
    private static int NameBeforeOutlet(ReadOnlySpan<char> block)
    {
        if (block.Length < 6 || ChineseSurnames.SurnameLength(block) != 1) return 0;
        // A third character that can start a name may belong to it, unless that leaves the outlet a one-character
        // place (苏琳德|阳日报社): an outlet's place name has two characters at least.
        var kindAt = OutletKindStart(block);
        var length = ChineseSurnames.IsSurname(block[2]) && (kindAt < 0 || kindAt - 3 >= 2) ? 3 : 2;
        var rest = block[length..];
        if (rest.Length < 4 || rest.StartsWith("日报", StringComparison.Ordinal) || "报省市县区".Contains(rest[0])) return 0;
        foreach (var o in OutletWords)
            if (rest.Contains(o, StringComparison.Ordinal)) return IsNameToken(block[..length]) ? length : 0;
        return 0;
    }

    private static readonly string[] OutletKinds = ["日报", "晚报", "早报", "报社", "电视台", "广播", "融媒", "新闻"];

    /// <summary>Where the kind of outlet (日报, 电视台, 融媒…) starts after its place name, or -1.</summary>
    private static int OutletKindStart(ReadOnlySpan<char> block)
    {
        var first = -1;
        foreach (var kind in OutletKinds)
            if (block.IndexOf(kind, StringComparison.Ordinal) is >= 0 and var at && (first < 0 || at < first)) first = at;
        return first;
    }

    private static void AddToken(ReadOnlySpan<char> s, int a, int b, List<NameRange> result)
    {
        var token = s[a..b];
        if (token.Length <= 4 || token.Contains('·') || token.Contains(' '))
        {
            if (token.Length == 4 && token.IndexOf(' ') < 0 && SplitsInTwo(token))
            {
                result.Add(new NameRange(a, 2));
                result.Add(new NameRange(a + 2, 2));
                return;
            }
            result.Add(new NameRange(a, b - a));
            return;
        }
        // 某县台王小林: a local outlet glued before the name; the outlet is dropped.
        var outletEnd = token[..^2].LastIndexOfAny(GluedOutletEndings);
        if (outletEnd >= 2 && token.Length - outletEnd - 1 is 2 or 3 && StartsWithSurname(token[(outletEnd + 1)..]))
        {
            result.Add(new NameRange(a + outletEnd + 1, token.Length - outletEnd - 1));
            return;
        }
        // Names run together: cut at surnames into parts of two or three characters.
        var cuts = CutAtSurnames(token);
        if (cuts is null)
        {
            result.Add(new NameRange(a, b - a));
            return;
        }
        var p = a;
        foreach (var len in cuts)
        {
            result.Add(new NameRange(p, len));
            p += len;
        }
    }

    private const string GluedOutletEndings = "台社网报";

    private static bool SplitsInTwo(ReadOnlySpan<char> token) =>
        ChineseSurnames.SurnameLength(token) == 1 && ChineseSurnames.IsSurname(token[2]) && !ChineseSurnames.IsSurname(token[1]) &&
        !IsTibetanName(token);

    // 索朗罗布, 扎西次仁: a Tibetan name is two given-name parts and no surname; some parts start like a Han surname
    // (索, 罗, 达), which would cut the name in two.
    private static bool IsTibetanName(ReadOnlySpan<char> token) =>
        token.Length == 4 && TibetanNameParts.Contains(token[..2].ToString()) && TibetanNameParts.Contains(token[2..].ToString());

    private static readonly HashSet<string> TibetanNameParts =
    [
        "扎西", "次仁", "索朗", "尼玛", "达瓦", "格桑", "平措", "旦增", "丹增", "多吉", "罗布", "顿珠", "卓玛", "央金", "拉姆", "德吉",
        "白玛", "次旦", "普布", "边巴", "洛桑", "强巴", "群培", "贡嘎", "益西", "嘎玛", "曲珍", "巴桑", "米玛", "拉巴", "琼达", "仁增",
        "晋美", "土登", "赤列", "嘉措", "旺堆", "旺姆", "欧珠", "扎巴", "桑珠", "阿旺", "才让", "卓嘎", "德庆", "央宗", "班旦", "贡布",
        "朗杰", "顿旦", "斯朗", "泽仁", "吉美", "措姆", "次珍", "玉珍", "拉珍", "普赤", "加措", "桑吉",
    ];

    /// <summary>Lengths (2 or 3) that cut the token into names each starting with a surname, preferring three-character names.</summary>
    private static List<int>? CutAtSurnames(ReadOnlySpan<char> token)
    {
        if (token.Length > 12) return null;
        // best[i]: the best cut of token[i..], scored by the number of parts (fewer is better) then three-character parts.
        var best = new List<int>?[token.Length + 1];
        best[token.Length] = [];
        for (var i = token.Length - 2; i >= 0; i--)
        {
            if (!ChineseSurnames.IsSurname(token[i])) continue;
            foreach (var len in (ReadOnlySpan<int>)[3, 2])
            {
                if (i + len > token.Length || best[i + len] is not { } rest) continue;
                if (best[i] is null || rest.Count + 1 < best[i]!.Count) best[i] = [len, .. rest];
            }
        }
        return best[0];
    }

    private static bool CoveredByNames(ReadOnlySpan<char> line, List<NameRange> names)
    {
        Span<bool> covered = stackalloc bool[line.Length];
        foreach (var n in names) covered.Slice(n.Start, n.Length).Fill(true);
        for (var i = 0; i < line.Length; i++)
        {
            if (covered[i] || ChineseText.IsSpace(line[i]) || StrongSeparators.Contains(line[i]) || line[i] is '□' or '◎' or '■' or '●') continue;
            var role = RoleAt(line, i, line.Length);
            if (role > 0) { i += role - 1; continue; }
            // An outlet right before a role (新华社记者, 湖南日报全媒体记者), or one space before it (某某日报 记者);
            // a paper and its app may be joined by a middle dot, a slash or a hyphen (某某日报·某某客户端记者, 某某云/某某日报记者,
            // 某某云-某某日报记者).
            var outlet = i;
            while (outlet < line.Length && (HanCharacters.IsHan(line[outlet]) || (line[outlet] is '·' or '/' or '／' or '-' && outlet > i)) && !covered[outlet] && RoleAt(line, outlet, line.Length) == 0) outlet++;
            var roleAt = outlet < line.Length && line[outlet] == ' ' ? outlet + 1 : outlet;
            if (outlet > i && outlet - i <= 12 && roleAt < line.Length && RoleAt(line, roleAt, line.Length) > 0) { i = roleAt - 1; continue; }
            var verb = VerbAt(line, i);
            if (verb > 0) { i += verb - 1; continue; }
            // An outlet's name before its reporter's, one space between (某某新闻网 张三).
            if (outlet > i && outlet < line.Length && ChineseText.IsSpace(line[outlet]) && IsOutletName(line[i..outlet])) { i = outlet; continue; }
            return false;
        }
        return true;
    }

    /// <summary>The text holds a byline role word (记者, 通讯员, 作者…).</summary>
    public static bool HasRole(ReadOnlySpan<char> s) => s.IndexOfAny(RoleWords) >= 0;

    private static int VerbAt(ReadOnlySpan<char> s, int i)
    {
        foreach (var verb in TrailingVerbs)
            if (s[i..].StartsWith(verb, StringComparison.Ordinal)) return verb.Length;
        return 0;
    }
}
