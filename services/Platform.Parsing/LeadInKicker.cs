using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// 春节期间,各地群众以多种方式度过假期—— over a web headline: a line closed by a dash that leads into the headline
/// is its kicker (引题). Read alone it became an item holding nothing but that heading; it joins the titled story
/// right after it when that story has no kicker, the dashes going as a marker. A short place closed by a colon
/// (某某区某某社区:) leads into the headline the same way and is kept as printed, and so does a line of clauses never
/// closed as a sentence right above a headline anchored by its meta line.
/// </summary>
internal static class LeadInKicker
{
    private const int MaxPlaceLead = 20;

    public static void Attach(List<DraftItem> items, List<DiscardedText> discarded)
    {
        for (var k = items.Count - 2; k >= 0; k--)
        {
            var lead = items[k];
            var story = items[k + 1];
            if (lead.Kind != ArticleKind.Article || lead.Title is not null || lead.HasByline || lead.Headings.Count + lead.Paragraphs.Count != 1) continue;
            if (story.Kind != ArticleKind.Article || story.Title is null || story.Kicker is not null) continue;
            var text = SourceLedger.TrimEnd(lead.Headings.Count == 1 ? lead.Headings[0].Text : lead.Paragraphs[0]);
            if (IsPlaceLead(text) || (story.Anchored && IsDeckLine(text)))
            {
                story.Kicker = text;
                items.RemoveAt(k);
                continue;
            }
            if (lead.Paragraphs.Count > 0) continue;
            var end = text.Length;
            while (end > 0 && ChineseText.IsDash(text[end - 1])) end--;
            if (text.Length - end < 2 || end == 0) continue;
            discarded.Add(new DiscardedText(SourceLedger.Slice(text, end), DiscardReasons.Marker));
            story.Kicker = SourceLedger.TrimEnd(SourceLedger.Slice(text, 0, end));
            items.RemoveAt(k);
        }
    }

    private const int MaxDeckLine = 40;

    // 记者走访市内部分公共广场,广场环境有较大改善,仍有一些细节之处有待提升: clauses, never closed as a sentence, right
    // above a headline with its meta line under it, lead into that headline.
    private static bool IsDeckLine(string text) =>
        ChineseText.VisibleLength(text) <= MaxDeckLine && text.AsSpan().IndexOfAny(",，") > 0 && !ChineseText.EndsSentence(text) &&
        text.AsSpan().IndexOfAny("。！？!?：:") < 0;

    // 某某区某某社区: a place and nothing else, closed by a colon.
    private static bool IsPlaceLead(string text)
    {
        var simple = SimplifiedChinese.Convert(text);
        return simple.Length is > 2 and <= MaxPlaceLead && simple[^1] is ':' or '：' && HanCharacters.AreAllHan(simple.AsSpan(0, simple.Length - 1)) &&
               PlaceNameDetector.StartsWithPlace(simple);
    }
}
