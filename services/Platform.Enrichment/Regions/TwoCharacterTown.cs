using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A town printed with a one-character stem (滋镇) reads as easily as the tail of a word or as a surname and a title
/// (张镇长 is Mr Zhang, the town head) as a place: alone, it names the town only where it starts a phrase and the text
/// prints it again, as a story about the town does. Right after its county (陵城区滋镇) it is read in that chain.
/// </summary>
internal static class TwoCharacterTown
{
    private const char Head = '长';

    public static bool Applies(GazetteerName name) => name.Text.Length == 2 && name.Kind == NameKind.Township;

    /// <summary>Whether the two-character town at <paramref name="start"/> stands for itself there.</summary>
    public static bool Stands(string text, int start, int length)
    {
        var end = start + length;
        if (!NameSurroundings.StartsPhrase(text, start) || (end < text.Length && text[end] == Head)) return false;
        var name = text.Substring(start, length);
        return text.IndexOf(name, StringComparison.Ordinal) < start || text.IndexOf(name, end, StringComparison.Ordinal) >= 0;
    }
}
