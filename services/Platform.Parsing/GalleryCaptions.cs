using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// A web page's story followed by a gallery: three or more short lines after the last paragraph, with nothing under
/// them to the end of the page, are the captions of its pictures (one line each, printed without a credit), not
/// headings of the story. Each becomes a photo; a line that ends a sentence or runs long is text, and lines all of a
/// few characters are widget labels: either leaves the story as it is.
/// </summary>
internal static class GalleryCaptions
{
    private const int MinCaptions = 3;
    private const int MinCaption = 5;
    private const int MaxCaption = 30;

    public static void Split(List<DraftItem> items)
    {
        if (items.Count == 0) return;
        var story = items[^1];
        if (story.Kind != ArticleKind.Article || story.Paragraphs.Count == 0) return;
        var end = story.Paragraphs.Count;
        var captions = story.Headings.Where(h => h.BeforeParagraph == end).ToList();
        if (captions.Count < MinCaptions || !captions.TrueForAll(h => IsCaption(h.Text)) || captions.TrueForAll(h => IsWidgetLabel(h.Text))) return;
        story.Headings.RemoveAll(h => h.BeforeParagraph == end);
        foreach (var h in captions)
        {
            var photo = new DraftItem { Section = story.Section, Kind = ArticleKind.Photo, Closed = true };
            photo.Paragraphs.Add(h.Text);
            items.Add(photo);
        }
    }

    // 更多, 最新评论, 其他金额: a run of words this short labels the page's widgets; a caption tells a scene.
    private static bool IsWidgetLabel(string line) => ChineseText.VisibleLength(line) < MinCaption;

    private static bool IsCaption(string line) =>
        ChineseText.VisibleLength(line) <= MaxCaption && !ChineseText.EndsSentence(line) && !ChineseText.HasClauseMark(line);
}
