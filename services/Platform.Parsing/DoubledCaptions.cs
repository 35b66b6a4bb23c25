namespace Platform.Parsing;

/// <summary>
/// A headlined story whose text opens with pictures a copied page printed as their caption twice in a row (once as
/// the image's alt text, once under it): two or more such pairs before the text proper are the page's photos, one
/// photo per pair, the repeat kept in it as a duplicated passage. A single repeated line is left alone (a copy slip
/// in the text), and so is a repeat too long to be a caption.
/// </summary>
internal static class DoubledCaptions
{
    private const int MinPairs = 2;
    private const int MaxCaption = 100;

    public static void Split(List<DraftItem> items) => OpeningPhotoRun.Split(items, PairedRun, captionsPerPhoto: 2);

    // How many opening paragraphs are caption pairs, with text left after them; 0 when fewer than two pairs.
    private static int PairedRun(List<string> paragraphs)
    {
        var end = 0;
        while (end + 1 < paragraphs.Count && IsCaption(paragraphs[end]) && paragraphs[end] == paragraphs[end + 1]) end += 2;
        return end >= 2 * MinPairs && end < paragraphs.Count ? end : 0;
    }

    private static bool IsCaption(string paragraph) => paragraph.Length > 1 && ChineseText.VisibleLength(paragraph) <= MaxCaption;
}
