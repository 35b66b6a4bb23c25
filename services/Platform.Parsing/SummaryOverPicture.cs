using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// A web page's headline over a short unsigned summary, then one credited picture, then the story proper opening with
/// its dateline lead (某某网1月23日讯(记者 某某)…, often repeating the summary): one story. Without the picture the
/// dated story must repeat the summary's opening. The headline takes the dated
/// text and its byline; the caption stays a paragraph of the story and its credit is set aside.
/// </summary>
internal static class SummaryOverPicture
{
    private const int MaxSummaryParagraphs = 2;

    public static void Fold(List<DraftItem> items, List<DiscardedText> discarded)
    {
        for (var k = 0; k + 1 < items.Count; k++)
        {
            var story = items[k];
            if (!IsSummary(story)) continue;
            if (DatedStory.Is(items[k + 1]) && Repeats(items[k + 1], story))
            {
                TakeStory(story, items[k + 1]);
                items.RemoveAt(k + 1);
                continue;
            }
            if (k + 2 >= items.Count || !IsSinglePicture(items[k + 1]) || !DatedStory.Is(items[k + 2])) continue;
            var photo = items[k + 1];
            story.Paragraphs.Add(photo.Paragraphs[0]);
            foreach (var raw in photo.BylineRaw) discarded.Add(new DiscardedText(raw, DiscardReasons.PhotoCredit));
            TakeStory(story, items[k + 2]);
            items.RemoveRange(k + 1, 2);
        }
    }

    private static void TakeStory(DraftItem story, DraftItem rest)
    {
        story.BylineRaw.AddRange(rest.BylineRaw);
        story.Authors.AddRange(rest.Authors);
        story.Organization = rest.Organization;
        story.BylineKind = rest.BylineKind;
        story.AppendBody(rest);
        story.Closed = rest.Closed;
    }

    // The summary printed again as the dated story's first sentence: a short caption between them was already read
    // into the summary as the story's picture.
    private const int RepeatedPrefix = 16;

    private static bool Repeats(DraftItem rest, DraftItem story)
    {
        var summary = story.Paragraphs[0];
        var text = rest.Paragraphs[0];
        return summary.Length >= RepeatedPrefix && text.Length >= RepeatedPrefix &&
               summary.AsSpan(0, RepeatedPrefix).SequenceEqual(text.AsSpan(0, RepeatedPrefix));
    }

    private static bool IsSummary(DraftItem story) =>
        story.Kind == ArticleKind.Article && story.Title is not null && !story.HasByline && story.Headings.Count == 0 &&
        story.Paragraphs.Count is > 0 and <= MaxSummaryParagraphs;

    private static bool IsSinglePicture(DraftItem photo) =>
        photo.Kind == ArticleKind.Photo && photo.Title is null && photo.Paragraphs.Count == 1 && !photo.NumberedCaption && photo.BylineRaw.Count > 0;
}
