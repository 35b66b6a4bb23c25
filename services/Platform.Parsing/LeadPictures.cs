using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// A page that opens with credited pictures and then an untitled story: nothing titles the pictures or sets them
/// apart, so they are the story's own pictures printed above its text (a web page's images come before the text
/// they illustrate), not photo items. Their captions go in front of the story's paragraphs and their credits are
/// discarded as picture credits, as for a picture inside a story. Numbered captions belong to a set and a titled
/// picture is a photo item of its own; both are left alone, and so is a story of one paragraph, which may be the
/// pictures' lead. Three pictures or more over the text are a photo feature whose text is the closing story, as
/// picture pages print them: each picture stays an item.
/// </summary>
internal static class LeadPictures
{
    private const int MinStoryParagraphs = 2;
    private const int MaxStoryPictures = 2;

    public static void Fold(List<DraftItem> items, List<DiscardedText> discarded)
    {
        var r = 0;
        while (r < items.Count && IsUntitledPicture(items[r])) r++;
        if (r == 0 || r > MaxStoryPictures || r >= items.Count || !IsUntitledStory(items[r])) return;
        var story = items[r];
        story.PrependParagraphs(items.Take(r).Select(photo => photo.Paragraphs[0]).ToArray());
        foreach (var raw in items.Take(r).SelectMany(photo => photo.BylineRaw)) discarded.Add(new DiscardedText(raw, DiscardReasons.PhotoCredit));
        items.RemoveRange(0, r);
    }

    private static bool IsUntitledPicture(DraftItem photo) =>
        photo.Kind == ArticleKind.Photo && photo.Title is null && photo.Kicker is null && photo.Paragraphs.Count == 1 &&
        photo.Headings.Count == 0 && !photo.NumberedCaption && photo.BylineRaw.Count > 0;

    private static bool IsUntitledStory(DraftItem story) =>
        story.Kind == ArticleKind.Article && story.Title is null && story.Kicker is null && story.Paragraphs.Count >= MinStoryParagraphs;
}
