using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// Briefs whose headline runs into the paragraph, as bulletins and 简讯 columns print them: 某某市开展评选活动 评选内容
/// 包括…(某某市文明办), 某区三项举措推动移风易俗。完善村规民约…(综合采编). Two or more untitled items on the page, each
/// closed by its own byline, whose paragraph opens with a short run that names a place and ends at a space or a full
/// stop with no clause mark before it: that run is the item's headline.
/// </summary>
internal static class RunInHeadline
{
    private const int MinBriefs = 2;
    private const int MinHeadline = 8;
    private const int MaxHeadline = 30;
    private const int MinBody = 20;

    public static void Apply(List<DraftItem> items, List<DiscardedText> discarded)
    {
        var briefs = items.Where(i => IsUntitledBrief(i) && HeadlineEnd(i.Paragraphs[0]) > 0).ToList();
        if (briefs.Count < MinBriefs) return;
        foreach (var brief in briefs)
        {
            var paragraph = brief.Paragraphs[0];
            var end = HeadlineEnd(paragraph);
            brief.Title = SourceLedger.TrimEnd(SourceLedger.Slice(paragraph, 0, end));
            // The full stop after a run-in headline belongs to neither the headline nor the body.
            var body = paragraph[end] == '。' ? end + 1 : end;
            if (body > end) discarded.Add(new DiscardedText(SourceLedger.Slice(paragraph, end, 1), DiscardReasons.RunInHeadline));
            brief.Paragraphs[0] = SourceLedger.TrimStart(SourceLedger.Slice(paragraph, body));
        }
    }

    private static bool IsUntitledBrief(DraftItem item) =>
        item.Kind == ArticleKind.Article && item.Title is null && item.Kicker is null && item.HasByline && item.Authors.Count == 0 &&
        item.Headings.Count == 0 && item.Paragraphs.Count > 0;

    /// <summary>Where the run-in headline ends (at its space or full stop), or 0.</summary>
    public static int HeadlineEnd(string paragraph)
    {
        var simple = SimplifiedChinese.Convert(paragraph);
        if (!PlaceNameDetector.StartsWithPlace(simple)) return 0;
        var limit = Math.Min(simple.Length, MaxHeadline + 1);
        for (var i = 0; i < limit; i++)
        {
            var c = simple[i];
            if (c is '，' or ',' or '；' or ';' or '：' or ':' or '！' or '？' or '!' or '?' or '、') return 0;
            if (c is not (' ' or '\u3000' or '。')) continue;
            return i >= MinHeadline && ChineseText.VisibleLength(simple.AsSpan(i + 1)) >= MinBody ? i : 0;
        }
        return 0;
    }
}
