using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// A web page that opens with a factual headline line and, set apart under it, a thematic couplet over the story's
/// meta line (某厅开展某活动 / 守护美丽乡村 志愿服务有我): the two are one headline, 引题 and 主题, printed as separate
/// elements. Read alone the first was a headline with nothing under it; it becomes the kicker of the story under the
/// couplet (the mirror of <see cref="CoupletKicker"/>, where the couplet stands above). Only the page's first item
/// qualifies, and only over a couplet or where the page's title element repeats the line (标题-某某网, the page naming
/// its own headline), so a related headline above a factual headline is never taken for a kicker; a
/// site's name and a picture's caption printed again in the story are not kickers either.
/// </summary>
internal static class OpeningKicker
{
    private const int MinKicker = 8;
    private const int MaxKicker = 30;

    public static void Attach(List<DraftItem> items, List<DiscardedText> discarded)
    {
        if (items.Count < 2) return;
        var (lead, story) = (items[0], items[1]);
        if (lead.Kind != ArticleKind.Article || lead.Title is not { } line || lead.Kicker is not null || lead.Subtitle is not null ||
            lead.HasByline || lead.Paragraphs.Count > 0 || lead.Headings.Count > 0 || lead.Anchored)
            return;
        if (story.Kind != ArticleKind.Article || story.Title is not { } title || story.Kicker is not null || !story.Anchored || story.Paragraphs.Count == 0 ||
            !(CoupletKicker.IsCouplet(SimplifiedChinese.Convert(title)) || IsPageTitle(line, discarded)))
            return;
        if (ChineseText.VisibleLength(line) is < MinKicker or > MaxKicker || ChineseText.EndsSentence(line) || !IsHeadlineText(line)) return;
        // 某某服务站启用 above the headline and again as 某某服务站启用。某镇供图 in the story: a picture's caption shown twice.
        var shown = line.Trim();
        if (story.Paragraphs.Exists(p => p.Contains(shown, StringComparison.Ordinal)) || story.Headings.Exists(h => h.Text.Contains(shown, StringComparison.Ordinal))) return;
        story.Kicker = line;
        items.RemoveAt(0);
    }

    // The page's title element (标题-某某网) named the line: it is this page's headline, not a related story's.
    private static bool IsPageTitle(string line, List<DiscardedText> discarded)
    {
        var shown = line.Trim();
        return discarded.Exists(d => d.Reason == DiscardReasons.RepeatedTitle && d.Text.Contains(shown, StringComparison.Ordinal));
    }

    // A site's or brand's name (某某·(中国)Brand·官方网站) carries Latin letters or brackets; a headline line does not.
    private static bool IsHeadlineText(string line)
    {
        foreach (var c in line)
            if (ChineseText.IsAsciiLetter(c) || c is '(' or ')' or '（' or '）') return false;
        return true;
    }
}
