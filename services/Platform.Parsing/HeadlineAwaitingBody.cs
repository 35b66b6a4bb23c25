using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// A web story whose headline and meta byline (作者:某某) stand apart from its text: widgets, counters or credited
/// pictures come between, and the text runs on untitled. Read in order the headline was left with no body, to be
/// dropped as navigation, and the story lost its headline; the headline is the text's, and so is its byline when the
/// text has none. The headline must carry that byline (a menu or a related link has none) and nothing else (lines
/// under it make it a block of furniture), only pictures may stand between, and the text must open untitled.
/// </summary>
internal static class HeadlineAwaitingBody
{
    public static void Give(List<DraftItem> items, List<DiscardedText> discarded)
    {
        for (var k = 0; k < items.Count; k++)
        {
            var headline = items[k];
            if (headline.Kind != ArticleKind.Article || headline.Title is null || headline.Paragraphs.Count > 0 || headline.Headings.Count > 0 || !headline.HasByline)
                continue;
            var j = k + 1;
            while (j < items.Count && items[j].Kind == ArticleKind.Photo) j++;
            if (j == items.Count) return;
            var text = items[j];
            if (text.Kind != ArticleKind.Article || text.Title is not null || text.Kicker is not null || text.Paragraphs.Count == 0) continue;
            (text.Kicker, text.Title, text.Subtitle) = (headline.Kicker, headline.Title, headline.Subtitle);
            if (text.HasByline) foreach (var raw in headline.BylineRaw) discarded.Add(new DiscardedText(raw, DiscardReasons.OrphanHeadline));
            else text.AddByline(headline.ToByline());
            items.RemoveAt(k);
            k = j - 1;
        }
    }
}
