using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// A web story printed pictures first: its headline over its meta line or byline, then credited photos, then the
/// text under a crosshead of its own. The headline has no body of its own and the crosshead no byline or meta: the
/// text is the headline's story, the crosshead its first heading, and the photos stay items of the page.
/// </summary>
internal static class PicturesFirst
{
    public static void Join(List<DraftItem> items)
    {
        for (var k = 0; k + 2 < items.Count; k++)
        {
            var story = items[k];
            if (story.Kind != ArticleKind.Article || !(story.Anchored || story.HasByline) || story.Title is null || story.Paragraphs.Count > 0) continue;
            var r = k + 1;
            while (r < items.Count && items[r].Kind == ArticleKind.Photo && items[r].HasByline) r++;
            if (r == k + 1 || r >= items.Count || !IsCrossheadedText(items[r])) continue;
            if (items.Skip(r + 1).Any(i => i.Kind == ArticleKind.Article)) continue;
            var rest = items[r];
            story.Headings.Add(new Heading(rest.Title!, story.Paragraphs.Count));
            story.AppendBody(rest);
            story.Closed = rest.Closed;
            items.RemoveAt(r);
        }
    }

    private static bool IsCrossheadedText(DraftItem rest) =>
        rest.Kind == ArticleKind.Article && rest.Title is not null && rest.Kicker is null && rest.Subtitle is null && !rest.HasByline &&
        !rest.Anchored && rest.Paragraphs.Count > 0;
}
