using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// The heading of a collection of speeches or excerpts (某某座谈会发言摘编, 来信选登), or of reports titled by their units
/// (乔屯街道 / 大里街道), printed with nothing under it but the titled pieces that follow: it names the page, and is no
/// item of its own.
/// </summary>
internal static class CollectionHeading
{
    private static readonly string[] CollectionWords = ["摘编", "摘登", "选登", "摘录", "摘要"];

    // 某区开展…活动 over 乔屯街道 / 大里街道 / …: the page's headline over reports titled by their units (UnitHeadings).
    private static bool HeadsUnitReports(List<DraftItem> items, int k) =>
        k + 2 < items.Count && items[k + 1].Title is { } first && items[k + 2].Title is { } second &&
        UnitHeadings.AreSiblings(SimplifiedChinese.Convert(first), SimplifiedChinese.Convert(second));

    public static void Drop(List<DraftItem> items, List<DiscardedText> discarded)
    {
        for (var k = items.Count - 2; k >= 0; k--)
        {
            var heading = items[k];
            if (heading.Kind != ArticleKind.Article || heading.Title is null || heading.Paragraphs.Count > 0 || heading.Headings.Count > 0 ||
                heading.HasByline || items[k + 1].Title is null)
                continue;
            var title = SimplifiedChinese.Convert(heading.Title);
            if (!CollectionWords.Any(w => title.EndsWith(w, StringComparison.Ordinal)) && !HeadsUnitReports(items, k)) continue;
            foreach (var text in (string?[])[heading.Kicker, heading.Title, heading.Subtitle])
                if (text is not null) discarded.Add(new DiscardedText(text, DiscardReasons.CollectionHeading));
            items.RemoveAt(k);
        }
    }
}
