namespace Platform.Parsing;

/// <summary>
/// 本报讯 记者 张三 为丰富社区生活,…: a reporter's role and names printed right after a lead and set off from the text
/// by a space, closed by neither a parenthesis nor 报道. Read in simplified characters.
/// </summary>
internal static class SpacedReporterCredit
{
    private const int MaxCredit = 24;
    // A role glued to a name (全媒体记者刘延超, 本报首席记者周某某) is one token.
    private const int MaxToken = 9;
    // A reporter's role as printed after a lead, media-centre titles (全媒体记者, 融媒记者) included.
    private static readonly string[] Roles =
    [
        "记者", "本报记者", "本报首席记者", "首席记者", "见习记者", "特约记者", "实习记者", "摄影记者", "驻站记者",
        "全媒体记者", "融媒体记者", "全媒记者", "融媒记者", "通讯员", "特约通讯员", "实习生",
    ];

    /// <summary>
    /// Length of the credit with the spaces after it, or 0; <paramref name="names"/> is the length of the role and names.
    /// </summary>
    public static int Length(ReadOnlySpan<char> rest, out int names)
    {
        names = -1;
        if (!StartsWithRole(rest)) return 0;
        var i = 0;
        var creditEnd = -1;
        while (i < rest.Length && i <= MaxCredit)
        {
            var end = i;
            while (end < rest.Length && !ChineseText.IsSpace(rest[end])) end++;
            if (!IsCreditToken(rest[i..end])) break;
            // Short tokens to the end are a line of names, read elsewhere.
            if (end >= rest.Length) return 0;
            creditEnd = end;
            i = end;
            while (i < rest.Length && ChineseText.IsSpace(rest[i])) i++;
        }
        // The lead may come cut from its text (the byline's raw text): then only spaces follow the credit.
        if (creditEnd < 0 || i > MaxCredit + 2 || !PersonNames.IsNameLine(rest[..creditEnd])) return 0;
        names = creditEnd;
        return i;
    }

    /// <summary>Whether the text opens with a reporter's role (记者, 全媒体记者, 通讯员…).</summary>
    public static bool StartsWithRole(ReadOnlySpan<char> rest)
    {
        foreach (var role in Roles)
            if (rest.StartsWith(role, StringComparison.Ordinal)) return true;
        return false;
    }

    // A role, a name or both glued (记者周某): a few Han characters with no punctuation. The text's first clause is longer
    // or carries punctuation, so it ends the credit.
    private static bool IsCreditToken(ReadOnlySpan<char> token)
    {
        if (token.Length is 0 or > MaxToken) return false;
        foreach (var c in token)
            if (!Platform.Text.HanCharacters.IsHan(c) && c != '·') return false;
        return true;
    }
}
