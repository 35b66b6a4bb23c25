using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// One short unsigned sentence opening the page right above an untitled story that opens with its dateline lead
/// (某某讯(记者 某某)…): a picture's caption or a line a reposting site put in, never a story of its own. It goes
/// into the story as its first paragraph, so it is no item.
/// </summary>
internal static class OpeningLineOverDatedStory
{
    private const int MaxLine = 80;

    public static void Fold(List<DraftItem> items)
    {
        if (items.Count < 2) return;
        var (line, story) = (items[0], items[1]);
        if (!IsLoneLine(line) || !DatedStory.Is(story)) return;
        story.PrependParagraphs(line.Paragraphs);
        items.RemoveAt(0);
    }

    private static bool IsLoneLine(DraftItem item) =>
        item.Kind == ArticleKind.Article && item.Title is null && item.Kicker is null && !item.HasByline && item.Headings.Count == 0 &&
        item.Paragraphs.Count == 1 && ChineseText.VisibleLength(item.Paragraphs[0]) <= MaxLine && ChineseText.EndsSentence(item.Paragraphs[0]);
}
