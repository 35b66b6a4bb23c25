using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// A story's headline printed again further down its own text: a web page's picture carries the headline as its alt
/// text (标题 / 来源… / text / 标题 / 图为…。某某 摄 / more text). Read alone the repeat heads an item of its own with the
/// rest of the story under it; it is the same story, so its text goes on with the story and the repeat is discarded.
/// </summary>
internal static class RepeatedHeadlineInStory
{
    public static void Join(List<DraftItem> items, List<DiscardedText> discarded)
    {
        for (var k = items.Count - 1; k >= 1; k--)
        {
            var (story, repeat) = (items[k - 1], items[k]);
            if (story.Kind != ArticleKind.Article || story.Title is null || story.Paragraphs.Count == 0) continue;
            if (repeat.Kind != ArticleKind.Article || repeat.Title is null || repeat.Kicker is not null || repeat.Subtitle is not null || repeat.HasByline ||
                TitleKey.Of(SimplifiedChinese.Convert(repeat.Title)) != TitleKey.Of(SimplifiedChinese.Convert(story.Title)))
                continue;
            discarded.Add(new DiscardedText(repeat.Title, DiscardReasons.RepeatedTitle));
            story.AppendBody(repeat);
            story.Closed = repeat.Closed;
            items.RemoveAt(k);
        }
    }
}
