using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// A repost that dropped the story's headline keeps it only as the 原标题:某某 field printed under the text (or in the
/// meta under its first lines). With no headline anywhere on the page and one untitled story, that field is its headline:
/// the label stays page meta.
/// </summary>
internal static class OriginalTitleUnderStory
{
    public static void Give(List<DraftItem> items, List<DiscardedText> discarded)
    {
        if (items.Exists(i => i.Title is not null || i.Kicker is not null)) return;
        var stories = items.FindAll(i => i.Kind == ArticleKind.Article);
        if (stories.Count != 1 || stories[0].Paragraphs.Count == 0) return;
        for (var k = 0; k < discarded.Count; k++)
        {
            if (discarded[k].Reason != DiscardReasons.PageMeta) continue;
            var text = discarded[k].Text;
            var at = ChromeFilter.OriginalTitleStart(SimplifiedChinese.Convert(text));
            if (at <= 0) continue;
            discarded[k] = new DiscardedText(SourceLedger.TrimEnd(SourceLedger.Slice(text, 0, at)), DiscardReasons.PageMeta);
            stories[0].Title = SourceLedger.Trim(SourceLedger.Slice(text, at));
            return;
        }
    }
}
