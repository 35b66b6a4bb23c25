using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// 【莱阳市丨某街道开展志愿服务助力创城】为深入推进…: a reposted story whose headline is printed in lenticular brackets at
/// the head of its first paragraph, the text running on after the closing bracket. The bracket holds a headline (long,
/// no sentence or clause inside), not a 【column tag】; a short name before a bar in it is the kicker (<see cref="ColumnName"/>).
/// Only an untitled story on a page without headlines takes it.
/// </summary>
internal static class BracketedLeadHeadline
{
    private const int MinHeadline = 8;
    private const int MinBody = 20;

    public static void Apply(List<DraftItem> items, List<DiscardedText> discarded)
    {
        if (items.Exists(i => i.Title is not null)) return;
        foreach (var item in items)
        {
            if (item.Kind != ArticleKind.Article || item.Kicker is not null || item.Paragraphs.Count == 0) continue;
            var paragraph = item.Paragraphs[0];
            var simple = SimplifiedChinese.Convert(paragraph);
            var open = simple.IndexOf('【');
            if (open < 0 || simple.AsSpan(0, open).Trim().Length > 0) continue;
            var close = simple.IndexOf('】', open + 1);
            if (close < 0 || close - open - 1 > LineClassifier.MaxWebTitleLength) continue;
            var inner = simple.AsSpan(open + 1, close - open - 1);
            if (ChineseText.VisibleLength(inner) < MinHeadline || inner.IndexOfAny("。！？；，,;") >= 0) continue;
            if (ChineseText.VisibleLength(simple.AsSpan(close + 1)) < MinBody) continue;
            var bar = ColumnName.BarAt(inner);
            var headline = bar >= 0 ? open + 1 + bar + 1 : open + 1;
            discarded.Add(new DiscardedText(SourceLedger.Slice(paragraph, open, 1), DiscardReasons.Marker));
            if (bar >= 0)
            {
                item.Kicker = SourceLedger.Trim(SourceLedger.Slice(paragraph, open + 1, bar));
                discarded.Add(new DiscardedText(SourceLedger.Slice(paragraph, open + 1 + bar, 1), DiscardReasons.Marker));
            }
            item.Title = SourceLedger.Trim(SourceLedger.Slice(paragraph, headline, close - headline));
            discarded.Add(new DiscardedText(SourceLedger.Slice(paragraph, close, 1), DiscardReasons.Marker));
            item.Paragraphs[0] = SourceLedger.TrimStart(SourceLedger.Slice(paragraph, close + 1));
            return;
        }
    }
}
