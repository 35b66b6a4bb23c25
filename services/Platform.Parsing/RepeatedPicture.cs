using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// A picture whose caption and credit a copied page prints twice in a row (once as the image's text, once under it):
/// the second is the same picture, not a photo item of its own. Its caption stays with the first as a repeated
/// passage (flagged as such) and its credit is discarded as a repeated byline. Short captions repeat legitimately
/// (活动现场。 under each picture of a set), so only a caption long enough to describe one scene is read as a repeat.
/// </summary>
internal static class RepeatedPicture
{
    private const int MinDescribedScene = 30;

    public static void Merge(List<DraftItem> items, List<DiscardedText> discarded)
    {
        for (var k = items.Count - 1; k > 0; k--)
        {
            var (first, again) = (items[k - 1], items[k]);
            if (!IsRepeat(first, again)) continue;
            first.Paragraphs.Add(again.Paragraphs[0]);
            foreach (var raw in again.BylineRaw) discarded.Add(new DiscardedText(raw, DiscardReasons.RepeatedByline));
            items.RemoveAt(k);
        }
    }

    private static bool IsRepeat(DraftItem first, DraftItem again) =>
        first.Kind == ArticleKind.Photo && again.Kind == ArticleKind.Photo && again.Title is null && again.Kicker is null &&
        again.Paragraphs.Count == 1 && again.Headings.Count == 0 && first.Paragraphs.Count > 0 &&
        ChineseText.VisibleLength(again.Paragraphs[0]) >= MinDescribedScene && first.Paragraphs[^1] == again.Paragraphs[0] &&
        first.BylineRaw.Count > 0 && first.BylineRaw.SequenceEqual(again.BylineRaw);
}
