namespace Platform.Enrichment.Regions;

/// <summary>Where a sentence of an article's text starts and ends: at 。！？!? or a line break.</summary>
internal static class Sentences
{
    public static readonly char[] Ends = ['。', '！', '？', '!', '?', '\n'];

    /// <summary>The end of the sentence holding <paramref name="from"/>: its closing mark, or the text's end.</summary>
    public static int EndOf(string text, int from)
    {
        var end = text.IndexOfAny(Ends, from);
        return end < 0 ? text.Length : end;
    }

    /// <summary>The start of the sentence holding <paramref name="at"/>.</summary>
    public static int StartOf(string text, int at) => text.LastIndexOfAny(Ends, Math.Max(at - 1, 0)) + 1;
}
