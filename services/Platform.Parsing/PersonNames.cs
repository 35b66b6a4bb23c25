namespace Platform.Parsing;

/// <summary>Recognises personal names and source abbreviations (津文, 福清文) in byline positions.</summary>
internal static class PersonNames
{
    // Common Chinese surnames: a trailing two- or three-character token is taken as an author only
    // when it starts with one, so title words are not mistaken for names.
    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝计巨扎才索次格旦洛德";

    // Last characters of place and organization names: such a token is not a person.
    private const string NonPersonEndings = "省市区县州旗镇乡村办部委局会院所站厅处社组队团馆校司室";

    private static readonly string[] Roles =
        ["本报记者", "见习记者", "特约记者", "实习记者", "通讯员", "实习生", "记者", "作者", "摄影", "文", "图"];

    public static bool IsNameToken(ReadOnlySpan<char> token)
    {
        if (token.Length is < 2 or > 10) return false;
        var cjk = 0;
        foreach (var c in token)
        {
            if (ChineseText.IsCjk(c)) cjk++;
            else if (c != '·' && c != '•') return false;
        }
        if (cjk < 2 || (cjk > 4 && !token.Contains('·'))) return false;
        return !NonPersonEndings.Contains(token[^1]);
    }

    public static bool StartsWithSurname(ReadOnlySpan<char> token) => token.Length > 0 && Surnames.Contains(token[0]);

    public static bool IsSourceAbbreviation(ReadOnlySpan<char> token) =>
        token.Length is >= 2 and <= 4 && token[^1] == '文' && IsNameToken(token);

    /// <summary>A line holding only authors: one to four names, or a source abbreviation.</summary>
    public static bool IsNameLine(ReadOnlySpan<char> line)
    {
        if (ChineseText.VisibleLength(line) > 24) return false;
        var names = Split(line);
        if (names.Count is 0 or > 4) return false;
        var surname = false;
        foreach (var n in names)
        {
            if (!IsNameToken(n)) return false;
            surname |= StartsWithSurname(n) || IsSourceAbbreviation(n);
        }
        return surname;
    }

    /// <summary>Splits a list of names on spaces and list punctuation, dropping role words (记者, 通讯员…).</summary>
    public static List<string> Split(ReadOnlySpan<char> text)
    {
        var result = new List<string>(4);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || ChineseText.IsSpace(text[i]) || text[i] is '、' or '，' or ',' or '/' or '／' or ';' or '；' or ':' or '：';
            if (!separator)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                AddWithoutRole(result, text[start..i]);
                start = -1;
            }
        }
        return result;
    }

    private static void AddWithoutRole(List<string> names, ReadOnlySpan<char> token)
    {
        foreach (var role in Roles)
        {
            if (token.SequenceEqual(role)) return;
            if (token.Length > role.Length + 1 && token.StartsWith(role, StringComparison.Ordinal) && role.Length > 1)
            {
                token = token[role.Length..];
                break;
            }
        }
        if (token.Length > 0) names.Add(token.ToString());
    }
}
