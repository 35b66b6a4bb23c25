using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// A thematic couplet set above a headline (邻里守望 温情满城 / 某市多措并举选树凡人善举): web copies of e-paper
/// pages put a blank line between them, which makes the couplet a headline of its own with nothing under it. When
/// such a two-phrase line stands right before a titled story that has no kicker, it is that story's kicker. So is a
/// lone name of a few characters set apart the same way (青溪 / 某某志愿者送政策上门): no headline is that short, and
/// e-paper pages print the county or column name as the 引题.
/// </summary>
internal static class CoupletKicker
{
    private const int MinPhrase = 2;
    private const int MaxPhrase = 8;
    private const int MaxShortName = 4;

    public static void Attach(List<DraftItem> items)
    {
        for (var k = items.Count - 2; k >= 0; k--)
        {
            var couplet = items[k];
            var story = items[k + 1];
            if (couplet.Kind != ArticleKind.Article || couplet.Title is null || couplet.Kicker is not null || couplet.Subtitle is not null ||
                couplet.Paragraphs.Count > 0 || couplet.Headings.Count > 0 || couplet.HasByline)
                continue;
            if (story.Kind != ArticleKind.Article || story.Title is null || story.Kicker is not null || story.Paragraphs.Count == 0) continue;
            var line = SimplifiedChinese.Convert(couplet.Title);
            if (!IsCouplet(line) && !IsShortName(line)) continue;
            story.Kicker = couplet.Title;
            items.RemoveAt(k);
        }
    }

    /// <summary>Two phrases of Han characters parted by spaces, no punctuation: 邻里守望 温情满城.</summary>
    public static bool IsCouplet(string line)
    {
        var parts = line.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && parts.All(p => p.Length is >= MinPhrase and <= MaxPhrase && p.All(HanCharacters.IsHan));
    }

    // 青溪, 要闻: two to four Han characters and nothing else.
    public static bool IsShortName(string line) => line.Length is >= MinPhrase and <= MaxShortName && HanCharacters.AreAllHan(line);
}
