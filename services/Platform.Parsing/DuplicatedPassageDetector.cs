namespace Platform.Parsing;

/// <summary>
/// A passage printed twice in one article (a layout or OCR repeat): two consecutive clauses, together of
/// some length, that occur again later. Single short clauses repeat legitimately and are not counted.
/// </summary>
internal static class DuplicatedPassageDetector
{
    private const int MinPassageLength = 16;
    private const string ClauseEnds = "，,。；;！!？?";

    [ThreadStatic]
    private static Dictionary<int, (int Paragraph, int Start, int End)>? t_seen;

    public static bool HasDuplicate(IReadOnlyList<string> paragraphs)
    {
        // Passages are hashed as spans (no substring per clause pair); a hash hit is confirmed by comparison.
        // The table is reused per thread so large bulletins do not allocate one per article.
        var seen = t_seen ??= [];
        seen.Clear();
        for (var pi = 0; pi < paragraphs.Count; pi++)
        {
            var p = paragraphs[pi];
            int previousStart = -1, start = 0;
            for (var i = 0; i <= p.Length; i++)
            {
                if (i < p.Length && !ClauseEnds.Contains(p[i])) continue;
                if (i > start)
                {
                    if (previousStart >= 0 && i - previousStart > MinPassageLength)
                    {
                        var passage = p.AsSpan(previousStart, i - previousStart);
                        var hash = string.GetHashCode(passage);
                        if (seen.TryGetValue(hash, out var earlier))
                        {
                            if (paragraphs[earlier.Paragraph].AsSpan(earlier.Start, earlier.End - earlier.Start).SequenceEqual(passage)) return true;
                        }
                        else
                        {
                            seen[hash] = (pi, previousStart, i);
                        }
                    }
                    previousStart = start;
                }
                start = i + 1;
            }
        }
        return false;
    }
}
