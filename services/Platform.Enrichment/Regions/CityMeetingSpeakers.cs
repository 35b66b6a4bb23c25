using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A county that a city's text names only among the speakers of the city's meeting (我市…刚才,某区、市建设局的负责同志作了发言;
/// 请某区、市公安局依次发言) : the text is about the city, not the county that spoke.
/// </summary>
internal static class CityMeetingSpeakers
{
    private const string Speaking = "发言";

    public static bool Holds(List<RegionHit> hits, string text, int start, int end, AdminUnit county) =>
        CityWideSentence.SpeaksForCity(text.AsSpan(start, end - start))
        && MentionCounts.EveryMentionIs(hits, start, end, county, hit => SpeaksLater(text, hit.End, end));

    // 发言 follows the name in its own sentence.
    private static bool SpeaksLater(string text, int from, int end)
    {
        var sentenceEnd = text.IndexOfAny(SentenceEnds, from, end - from);
        var rest = text.AsSpan(from, (sentenceEnd < 0 ? end : sentenceEnd) - from);
        return rest.Contains(Speaking, StringComparison.Ordinal);
    }

    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '\n', ';', '；'];
}
