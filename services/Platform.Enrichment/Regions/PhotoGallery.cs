namespace Platform.Enrichment.Regions;

/// <summary>
/// A page of photo captions under a short lead (节日到来之际,各地举行活动。↑在某省某县…某某 摄↑在另一省…某某 摄): the item
/// the page opens with is its first picture, so where the lead names no place the first caption's place is the item's.
/// Counting mentions would pick whichever province happens to send two of the pictures.
/// </summary>
internal static class PhotoGallery
{
    private const char Credit = '摄';

    /// <summary>
    /// The first caption, right after the lead paragraph ending at <paramref name="leadEnd"/>, as [Start, End); null unless a
    /// second credit follows it (one credit is an article with a photo).
    /// </summary>
    public static (int Start, int End)? FirstCaption(string body, int leadEnd)
    {
        if (leadEnd < 0 || leadEnd >= body.Length) return null;
        var first = NextCredit(body, leadEnd);
        if (first < 0 || NextCredit(body, first + 1) < 0) return null;
        var paragraphEnd = body.IndexOf('\n', leadEnd + 1);
        return paragraphEnd >= 0 && paragraphEnd < first ? null : (leadEnd, first);
    }

    // 某某 摄 ends a caption: the credit stands before a break, an arrow or the agency in brackets, never inside a word (摄影).
    private static int NextCredit(string body, int from)
    {
        for (var at = body.IndexOf(Credit, from); at >= 0; at = body.IndexOf(Credit, at + 1))
        {
            var next = at + 1;
            if (next == body.Length || char.IsWhiteSpace(body[next]) || body[next] is '↑' or '(' or '(') return at;
        }
        return -1;
    }
}
