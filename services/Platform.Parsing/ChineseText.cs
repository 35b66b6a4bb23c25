namespace Platform.Parsing;

/// <summary>Character classes of printed Chinese text that the layout rules rely on.</summary>
internal static class ChineseText
{
    private const string SentenceFinals = "。！？!?…；;：:.";
    private const string Closers = "”’」』）)》〉】\"'";
    private const string ClauseMarks = "，,。；;！!？?";
    // Characters that cannot end a heading or title: a line ending with one was cut by a column break.
    private const string Connectives = "的地得和与及在把对为了从向将被以并或、而但就也都所其之于由到给让使是有中按";

    // Fast paths first: Han characters and ASCII letters are the bulk of every page.
    public static bool IsSpace(char c) => c < '\u0080'
        ? c == ' ' || c is >= '\t' and <= '\r'
        : c == '\u3000' || (c < '\u3000' && char.IsWhiteSpace(c));

    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsSpace(s[start])) start++;
        while (end > start && IsSpace(s[end - 1])) end--;
        return s[start..end];
    }

    /// <summary>Number of non-space characters: layout thresholds ignore the spaces typesetters insert.</summary>
    public static int VisibleLength(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s) if (!IsSpace(c)) n++;
        return n;
    }

    /// <summary>True when the text ends a sentence (closing quotes and brackets after the mark are allowed).</summary>
    public static bool EndsSentence(ReadOnlySpan<char> s)
    {
        s = Trim(s);
        var end = s.Length;
        while (end > 0 && Closers.Contains(s[end - 1])) end--;
        return end > 0 && SentenceFinals.Contains(s[end - 1]);
    }

    public static bool HasClauseMark(ReadOnlySpan<char> s) => s.IndexOfAny(ClauseMarks) >= 0;

    public static bool EndsWithConnective(ReadOnlySpan<char> s)
    {
        s = Trim(s);
        return s.Length > 0 && Connectives.Contains(s[^1]) && !EndsWithPlaceNoun(s);
    }

    // 阵地, 基地, 各地, 心中, 进行中: 地 and 中 close a noun here, and headlines end on such nouns
    // (…打造志愿服务新阵地); only a bare 地/中 after a verb or adjective is the particle of a cut line.
    private static bool EndsWithPlaceNoun(ReadOnlySpan<char> s) =>
        s.Length >= 2 && (s[^1] == '地' && "阵基园高大福各两本当属落实土营胜天场田宝腹源外内绿湿耕产驻在发".Contains(s[^2]) ||
                          s[^1] == '中' && "心行进动程途空雨风".Contains(s[^2]));

    /// <summary>Quotes, book-title marks or brackets left open (or closed without opening) mean the line was cut.</summary>
    public static bool HasUnbalancedBrackets(ReadOnlySpan<char> s)
    {
        int quotes = 0, books = 0, parens = 0;
        foreach (var c in s)
        {
            switch (c)
            {
                case '“': quotes++; break;
                case '”': quotes--; break;
                case '《': books++; break;
                case '》': books--; break;
                case '(' or '（': parens++; break;
                case ')' or '）': parens--; break;
            }
        }
        return quotes != 0 || books != 0 || parens != 0;
    }

    public static bool IsDash(char c) => c is '—' or '―' or '─' or '-' or '－' or '–';

    public static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
