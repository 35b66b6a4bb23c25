using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// 春节期间,各地群众以多种方式度过假期—— over a web headline: a line closed by a dash that leads into the headline
/// is its kicker (引题). Read alone it became an item holding nothing but that heading; it joins the titled story
/// right after it when that story has no kicker, the dashes going as a marker.
/// </summary>
internal static class LeadInKicker
{
    public static void Attach(List<DraftItem> items, List<DiscardedText> discarded)
    {
        for (var k = items.Count - 2; k >= 0; k--)
        {
            var lead = items[k];
            var story = items[k + 1];
            if (lead.Kind != ArticleKind.Article || lead.Title is not null || lead.Paragraphs.Count > 0 || lead.HasByline || lead.Headings.Count != 1) continue;
            if (story.Kind != ArticleKind.Article || story.Title is null || story.Kicker is not null) continue;
            var text = SourceLedger.TrimEnd(lead.Headings[0].Text);
            var end = text.Length;
            while (end > 0 && ChineseText.IsDash(text[end - 1])) end--;
            if (text.Length - end < 2 || end == 0) continue;
            discarded.Add(new DiscardedText(SourceLedger.Slice(text, end), "marker"));
            story.Kicker = SourceLedger.TrimEnd(SourceLedger.Slice(text, 0, end));
            items.RemoveAt(k);
        }
    }
}
