using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// An e-paper photo spread: a headline with its ——deck, then captions printed as lines without a full stop (each
/// read as a headline with nothing under it), then the spread's shared credit (图/文 某某 某某) over its report. The
/// lines are the captions of the spread's photos, each credited to the shared credit's persons, the headline with
/// the first; the report under the credit is the spread's text, no item of its own.
/// </summary>
internal static class CaptionLineSpread
{
    private const int MinCaptions = 3;
    private const int MaxCaption = 40;

    public static void Split(List<DraftItem> items, List<DiscardedText> discarded)
    {
        for (var i = 0; i + MinCaptions + 1 < items.Count; i++)
        {
            var headline = items[i];
            // The caption lines may have been read as the headline's headings or as headlines of their own.
            if (!IsBare(headline) || headline.Subtitle is null || !headline.Headings.TrueForAll(h => IsCaptionLine(h.Text))) continue;
            var captions = headline.Headings.ConvertAll(h => h.Text);
            var end = i + 1;
            for (; end < items.Count && IsBare(items[end]) && items[end].Headings.Count == 0 && items[end].Subtitle is null && items[end].Kicker is null &&
                   IsCaptionLine(items[end].Title!); end++)
                captions.Add(items[end].Title!);
            if (end >= items.Count || captions.Count < MinCaptions - 1) continue;
            var credited = items[end];
            if (credited.Kind != ArticleKind.Article || credited.Title is null || !IsCaptionLine(credited.Title) || credited.Authors.Count == 0 ||
                !credited.BylineRaw.Exists(raw => PhotoCredit.IsCreditLine(SimplifiedChinese.Convert(raw))))
                continue;
            captions.Add(credited.Title);
            var photos = captions.ConvertAll(caption => DraftItem.CreditedPhoto(caption, headline.Section, credited.Authors));
            (photos[0].Kicker, photos[0].Title, photos[0].Subtitle) = (headline.Kicker, headline.Title, headline.Subtitle);
            photos[^1].BylineRaw.AddRange(credited.BylineRaw);
            foreach (var p in credited.Paragraphs) discarded.Add(new DiscardedText(p, DiscardReasons.PhotoSetContext));
            foreach (var h in credited.Headings) discarded.Add(new DiscardedText(h.Text, DiscardReasons.PhotoSetContext));
            items.RemoveRange(i, end - i + 1);
            items.InsertRange(i, photos);
            i += photos.Count - 1;
        }
    }

    private static bool IsBare(DraftItem item) =>
        item.Kind == ArticleKind.Article && item.Title is not null && item.Paragraphs.Count == 0 && !item.HasByline;

    // 某县志愿者在文化广场为老人测量血压: one line, no sentence or clause marks.
    private static bool IsCaptionLine(string title)
    {
        var line = SimplifiedChinese.Convert(title);
        return ChineseText.VisibleLength(line) <= MaxCaption && line.AsSpan().IndexOfAny("。！？!?；;：:") < 0;
    }
}
