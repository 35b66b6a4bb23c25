using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// One short unsigned sentence opening the page right above an untitled story that opens with its dateline lead
/// (某某讯(记者 某某)…): a picture's caption or a line a reposting site put in, never a story of its own. It goes
/// into the story as its first paragraph, so it is no item. A short line that is no sentence (甲市、乙县等六地入选…,
/// read as body for its 、, or as a headline with nothing under it) above such a story printed under a title of its own,
/// set apart by a separator, is the headline, and that title its deck.
/// </summary>
internal static class OpeningLineOverDatedStory
{
    private const int MaxLine = 80;

    public static void Fold(List<DraftItem> items)
    {
        if (items.Count < 2) return;
        var (line, story) = (items[0], items[1]);
        if (IsLoneLine(line) && ChineseText.EndsSentence(line.Paragraphs[0]) && DatedStory.Is(story))
        {
            story.PrependParagraphs(line.Paragraphs);
            items.RemoveAt(0);
        }
        else if (OpeningHeadline(line) is { } headline && IsHeadline(headline) && DatedStory.IsTitledOnce(story))
        {
            story.Subtitle = story.Title;
            story.Title = headline;
            items.RemoveAt(0);
        }
    }

    // The opening line as body, or as a headline left with nothing under it.
    private static string? OpeningHeadline(DraftItem item) =>
        IsLoneLine(item) ? item.Paragraphs[0] :
        item is { Kind: ArticleKind.Article, IsTitleOnly: true, Kicker: null, Subtitle: null, HasByline: false } ? item.Title : null;

    private const int MaxHeadline = 40;

    private static bool IsHeadline(string line) =>
        ChineseText.VisibleLength(line) <= MaxHeadline && !ChineseText.EndsSentence(line) && line.AsSpan().IndexOfAny("，,；;") < 0;

    private static bool IsLoneLine(DraftItem item) =>
        item.Kind == ArticleKind.Article && item.Title is null && item.Kicker is null && !item.HasByline && item.Headings.Count == 0 &&
        item.Paragraphs.Count == 1 && ChineseText.VisibleLength(item.Paragraphs[0]) <= MaxLine;
}
