using Platform.Contracts.Documents;

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

    public static void Split(List<DraftItem> items)
    {
        for (var k = 0; k < items.Count; k++)
        {
            var story = items[k];
            if (story.Kind != ArticleKind.Article || story.Title is null) continue;
            var run = PairedRun(story.Paragraphs);
            if (run == 0 || story.Headings.Any(h => h.BeforeParagraph > 0 && h.BeforeParagraph < run)) continue;
            var photos = new List<DraftItem>();
            for (var p = 0; p < run; p += 2)
            {
                var photo = new DraftItem { Section = story.Section, Kind = ArticleKind.Photo, Closed = true };
                photo.Paragraphs.Add(story.Paragraphs[p]);
                photo.Paragraphs.Add(story.Paragraphs[p + 1]);
                photos.Add(photo);
            }
            story.Paragraphs.RemoveRange(0, run);
            for (var h = 0; h < story.Headings.Count; h++)
                story.Headings[h] = story.Headings[h] with { BeforeParagraph = Math.Max(0, story.Headings[h].BeforeParagraph - run) };
            items.InsertRange(k + 1, photos);
            k += photos.Count;
        }
    }

    // How many opening paragraphs are caption pairs, with text left after them; 0 when fewer than two pairs.
    private static int PairedRun(List<string> paragraphs)
    {
        var end = 0;
        while (end + 1 < paragraphs.Count && IsCaption(paragraphs[end]) && paragraphs[end] == paragraphs[end + 1]) end += 2;
        return end >= 2 * MinPairs && end < paragraphs.Count ? end : 0;
    }

    private static bool IsCaption(string paragraph) => paragraph.Length > 1 && ChineseText.VisibleLength(paragraph) <= MaxCaption;
}
