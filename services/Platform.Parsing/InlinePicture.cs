using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// One credited picture printed inside a headlined story: the story's text (two paragraphs at least, not signed off)
/// runs above it and goes on under it with no headline or
/// byline of its own, so the caption is a paragraph of the story and the untitled text after it the rest of the
/// story, not a photo item and an orphan body. Under a web page's story anchored by its meta line, the text after the
/// picture may open with a crosshead; it is still the story's. A numbered caption belongs to a set, and a text signed on its own is
/// a lead of its own; both are left alone.
/// </summary>
internal static class InlinePicture
{
    public static void Fold(List<DraftItem> items, List<DiscardedText> discarded)
    {
        var k = 0;
        while (k + 2 < items.Count)
        {
            var (story, photo, rest) = (items[k], items[k + 1], items[k + 2]);
            if (!IsStoryText(story) || !IsSinglePicture(photo) || !(IsUntitledRest(rest) || IsCrossheadedRest(story, rest)))
            {
                k++;
                continue;
            }
            story.Paragraphs.Add(photo.Paragraphs[0]);
            foreach (var raw in photo.BylineRaw) discarded.Add(new DiscardedText(raw, DiscardReasons.PhotoCredit));
            if (rest.Title is not null) story.Headings.Add(new Heading(rest.Title, story.Paragraphs.Count));
            story.AppendBody(rest);
            story.Closed = rest.Closed;
            items.RemoveRange(k + 1, 2);
        }
    }

    // The story's text runs above the picture: a headline and two paragraphs at least, not yet signed off.
    // A web page's story anchored by its meta line may show its picture after the lead alone.
    private static bool IsStoryText(DraftItem story) =>
        story.Kind == ArticleKind.Article && story.Title is not null && !story.ClosedByTrailingByline &&
        story.Paragraphs.Count >= (story.Anchored ? 1 : MinParagraphsAbove);

    private const int MinParagraphsAbove = 2;

    private static bool IsSinglePicture(DraftItem photo) =>
        photo.Kind == ArticleKind.Photo && photo.Title is null && photo.Paragraphs.Count == 1 && !photo.NumberedCaption && photo.BylineRaw.Count > 0;

    // 标题 / 来源… / lead / picture / 公益广告融入本地文化元素 / text: under a web page's story anchored by its meta line,
    // a crosshead after the picture goes on with that story; it has no meta, byline or deck of its own.
    private static bool IsCrossheadedRest(DraftItem story, DraftItem rest) =>
        story.Anchored && rest.Kind == ArticleKind.Article && rest.Title is not null && rest.Kicker is null && rest.Subtitle is null &&
        !rest.HasByline && !rest.Anchored && rest.Paragraphs.Count > 0 && ChineseText.VisibleLength(rest.Title) <= MaxCrosshead;

    private const int MaxCrosshead = 20;

    private static bool IsUntitledRest(DraftItem rest) =>
        rest.Kind == ArticleKind.Article && rest.Title is null && rest.Kicker is null && !rest.HasByline && rest.Paragraphs.Count > 0;
}
