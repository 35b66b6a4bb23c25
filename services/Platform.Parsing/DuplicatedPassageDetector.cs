namespace Platform.Parsing;

/// <summary>
/// A passage printed twice in one article (a layout or OCR repeat): two consecutive clauses, together of
/// some length, that occur again later. Single short clauses repeat legitimately and are not counted.
/// </summary>
internal static class DuplicatedPassageDetector
{
    private const int MinPassageLength = 16;
    private const string ClauseEnds = "，,。；;！!？?";

    public static bool HasDuplicate(IReadOnlyList<string> paragraphs)
    {
        HashSet<string>? seen = null;
        foreach (var p in paragraphs)
        {
            int previousStart = -1, start = 0;
            for (var i = 0; i <= p.Length; i++)
            {
                if (i < p.Length && !ClauseEnds.Contains(p[i])) continue;
                if (i > start)
                {
                    if (previousStart >= 0 && i - previousStart > MinPassageLength)
                    {
                        seen ??= new HashSet<string>(StringComparer.Ordinal);
                        if (!seen.Add(p[previousStart..i])) return true;
                    }
                    previousStart = start;
                }
                start = i + 1;
            }
        }
        return false;
    }
}
