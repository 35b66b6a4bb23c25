using Platform.Text;
namespace Platform.Parsing;

/// <summary>Recognises personal names and source abbreviations (津文, 福清文) in byline positions.</summary>
internal static class PersonNames
{
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
            if (HanCharacters.IsHan(c)) cjk++;
            else if (c != '·' && c != '•') return false;
        }
        if (cjk < 2 || (cjk > 4 && !token.Contains('·'))) return false;
        return !NonPersonEndings.Contains(token[^1]);
    }

    // A trailing two- or three-character token is taken as an author only when it starts with a surname,
    // so title words are not mistaken for names.
    public static bool StartsWithSurname(ReadOnlySpan<char> token) => ChineseSurnames.SurnameLength(token) > 0;

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
