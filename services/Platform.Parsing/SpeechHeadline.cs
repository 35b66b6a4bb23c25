using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// A leader's speech headline on a web page, its three lines set apart by blank lines: 某某在会见…时强调 / the
/// headline / 某某参加会见. Each line became a headline of its own and only the last kept the story, so the attendance
/// line passed for the title. The three are put back together as kicker, title and subtitle of that story.
/// </summary>
internal static class SpeechHeadline
{
    public static void Attach(List<DraftItem> items)
    {
        for (var k = items.Count - 3; k >= 0; k--)
        {
            var (kicker, title, story) = (items[k], items[k + 1], items[k + 2]);
            if (!IsBareHeadline(kicker) || !IsBareHeadline(title)) continue;
            if (story.Kind != ArticleKind.Article || story.Title is null || story.Kicker is not null || story.Subtitle is not null ||
                story.Paragraphs.Count == 0)
                continue;
            if (!TitleBlockParser.IsSpeechLine(SimplifiedChinese.Convert(kicker.Title!)) ||
                !TitleBlockParser.IsAttendanceLine(SimplifiedChinese.Convert(story.Title)))
                continue;
            (story.Kicker, story.Subtitle, story.Title) = (kicker.Title, story.Title, title.Title);
            items.RemoveRange(k, 2);
        }
    }

    private static bool IsBareHeadline(DraftItem item) =>
        item.Kind == ArticleKind.Article && item.Title is not null && item.Kicker is null && item.Subtitle is null && item.Paragraphs.Count == 0 &&
        item.Headings.Count == 0 && !item.HasByline;
}
