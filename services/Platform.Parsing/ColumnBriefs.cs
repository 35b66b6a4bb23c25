using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// A news column (创城动态, 文明简讯, 工作快讯) printed as its name over three or more short, complete paragraphs with
/// no byline: each paragraph is a report of its own from a different unit, the name is the column's, not a headline.
/// </summary>
internal static class ColumnBriefs
{
    private static readonly string[] ColumnWords = ["动态", "简讯", "短讯", "快讯", "速递", "集锦", "播报", "简报", "要讯"];
    private const int MaxColumnName = 8;
    private const int MinBriefs = 3;
    private const int MaxBrief = 250;

    public static void Split(List<DraftItem> items, List<DiscardedText> discarded)
    {
        for (var k = items.Count - 1; k >= 0; k--)
        {
            var column = items[k];
            if (!IsColumn(column)) continue;
            discarded.Add(new DiscardedText(column.Title!, DiscardReasons.ColumnHeading));
            var briefs = column.Paragraphs.Select(p =>
            {
                var brief = new DraftItem { Section = column.Section, Closed = true };
                brief.Paragraphs.Add(p);
                return brief;
            }).ToList();
            items.RemoveAt(k);
            items.InsertRange(k, briefs);
        }
    }

    private static bool IsColumn(DraftItem item)
    {
        if (item.Kind != ArticleKind.Article || item.Title is null || item.Kicker is not null || item.Subtitle is not null ||
            item.Authors.Count > 0 || item.Organization is not null || item.Headings.Count > 0 || item.Paragraphs.Count < MinBriefs)
            return false;
        var name = SimplifiedChinese.Convert(item.Title);
        if (ChineseText.VisibleLength(name) > MaxColumnName || !ColumnWords.Any(w => name.EndsWith(w, StringComparison.Ordinal))) return false;
        return item.Paragraphs.All(p => ChineseText.VisibleLength(p) <= MaxBrief && ChineseText.EndsSentence(p));
    }
}
