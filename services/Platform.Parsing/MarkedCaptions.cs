namespace Platform.Parsing;

/// <summary>
/// A photo feature: a headlined story whose text opens with a run of picture captions marked ▲ (the pointer papers
/// print under a picture), two or more, before its text proper. The captions are photos of the page and the story
/// keeps the text after them. An unmarked line between two marked ones is a caption that lost its marker, and a
/// line opening with ? lost it to a converter. One marked caption between paragraphs stays the story's picture.
/// </summary>
internal static class MarkedCaptions
{
    private const int MinMarked = 2;
    private const string Markers = "▲△";
    private const string LostMarkers = "?？\uFFFD";

    public static void Split(List<DraftItem> items) => OpeningPhotoRun.Split(items, CaptionRun, captionsPerPhoto: 1);

    // How many opening paragraphs are captions: up to the last marked one of an unbroken run, with text left after it;
    // only printed markers are counted, so a text whose lines a converter opened with ? is not a feature.
    private static int CaptionRun(List<string> paragraphs)
    {
        int marked = 0, end = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (IsMarked(paragraphs[p]))
            {
                if (Markers.Contains(paragraphs[p][0])) marked++;
                end = p + 1;
            }
            else if (p == 0 || p + 1 >= paragraphs.Count || !IsMarked(paragraphs[p - 1]) || !IsMarked(paragraphs[p + 1])) break;
        }
        return marked >= MinMarked && end < paragraphs.Count ? end : 0;
    }

    private static bool IsMarked(string paragraph) =>
        paragraph.Length > 1 && (Markers.Contains(paragraph[0]) || LostMarkers.Contains(paragraph[0]));
}
