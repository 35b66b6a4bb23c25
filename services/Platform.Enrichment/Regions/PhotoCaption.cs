namespace Platform.Enrichment.Regions;

/// <summary>
/// A photo caption printed ahead of the article (…麦秸装车。图为6月15日,在某省某县…。某某 摄(某某视觉)): it shows a picture from
/// anywhere, often another province, so the article's opening is read after the photographer's credit.
/// </summary>
internal static class PhotoCaption
{
    private const string Shows = "图为";
    private const char Credit = '摄';

    // How far into the text a caption's 图为 may stand: a caption ahead of the article, not one inside it.
    private const int LeadReach = 80;

    // How far after 图为 its photographer's credit may stand.
    private const int CreditReach = 160;

    /// <summary>Where the article starts after a leading caption, or 0 when it has none.</summary>
    public static int OpeningStart(string body)
    {
        var shows = body.IndexOf(Shows, 0, Math.Min(body.Length, LeadReach), StringComparison.Ordinal);
        if (shows < 0) return 0;
        var paragraphEnd = body.IndexOf('\n', shows);
        var searchEnd = Math.Min(paragraphEnd < 0 ? body.Length : paragraphEnd, shows + CreditReach);
        var credit = body.IndexOf(Credit, shows, searchEnd - shows);
        if (credit < 0) return 0;
        var after = credit + 1;
        if (after < body.Length && body[after] is '(' or '(')
        {
            var close = body.IndexOfAny([')', ')'], after);
            if (close >= 0 && close < searchEnd) after = close + 1;
        }
        while (after < body.Length && char.IsWhiteSpace(body[after])) after++;
        return after;
    }
}
