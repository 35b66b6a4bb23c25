using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// The crossheads of a round-up: under a headlined story with no byline, two or more headlines in a row printed as
/// a place, a space and a short phrase (南岭区 志愿服务走进楼院, 西湖县 清理楼道小广告), each over paragraphs with no byline of
/// their own, are the sections of that one story (one place each), not items of the page. Items of a page each carry
/// their own lead or byline; these only name where the next paragraphs happened.
/// </summary>
internal static class PlaceCrossheads
{
    private const int MinSections = 2;
    private const int MinPhrase = 4;
    private const int MaxPhrase = 16;
    private const int MaxPlace = 7;
    private const string PlaceEndings = "省市区县州旗盟";

    public static void Fold(List<DraftItem> items)
    {
        for (var i = 0; i + MinSections < items.Count; i++)
        {
            if (!IsUnsignedStory(items[i])) continue;
            var end = i + 1;
            while (end < items.Count && IsSection(items[end])) end++;
            if (end - i - 1 < MinSections) continue;
            var story = items[i];
            for (var k = i + 1; k < end; k++)
            {
                var section = items[k];
                story.Headings.Add(new Heading(section.Title!, story.Paragraphs.Count));
                story.AppendBody(section);
            }
            items.RemoveRange(i + 1, end - i - 1);
        }
    }

    private static bool IsUnsignedStory(DraftItem item) =>
        item.Kind == ArticleKind.Article && item.Title is not null && !item.HasByline && item.Paragraphs.Count > 0;

    private static bool IsSection(DraftItem item) =>
        IsUnsignedStory(item) && item.Kicker is null && item.Subtitle is null && IsCrosshead(SimplifiedChinese.Convert(item.Title!));

    /// <summary>南岭区 志愿服务走进楼院: a place ending in its unit, one space, then a phrase with no clause marks.</summary>
    public static bool IsCrosshead(string title)
    {
        var line = ChineseText.Trim(title);
        var space = line.IndexOfAny(' ', '\u3000');
        if (space is < 2 or > MaxPlace) return false;
        var place = line[..space];
        if (!HanCharacters.AreAllHan(place) || !PlaceEndings.Contains(place[^1]) || !PlaceNameDetector.StartsWithPlace(place)) return false;
        var phrase = ChineseText.Trim(line[space..]);
        return phrase.Length is >= MinPhrase and <= MaxPhrase && phrase.IndexOfAny(' ', '\u3000') < 0 && !ChineseText.HasClauseMark(phrase) &&
               !ChineseText.EndsSentence(phrase);
    }
}
