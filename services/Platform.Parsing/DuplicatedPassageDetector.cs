namespace Platform.Parsing;

/// <summary>A sentence of some length printed twice in one article (a layout or OCR repeat).</summary>
internal static class DuplicatedPassageDetector
{
    private const int MinSentenceLength = 12;
    private const string Ends = "。！？!?；;";

    public static bool HasDuplicate(IReadOnlyList<string> paragraphs)
    {
        HashSet<string>? seen = null;
        foreach (var p in paragraphs)
        {
            var start = 0;
            for (var i = 0; i <= p.Length; i++)
            {
                if (i < p.Length && !Ends.Contains(p[i])) continue;
                if (i - start >= MinSentenceLength)
                {
                    seen ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!seen.Add(p[start..i])) return true;
                }
                start = i + 1;
            }
        }
        return false;
    }
}
