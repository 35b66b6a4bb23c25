using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// A candidate list printed after its news: each candidate's profile opens like a résumé, the person, then the sex
/// (李明,男,汉族,1970年5月生,…), with no heading of its own. Two or more such paragraphs after a story's lead are
/// the page's profiles, an untitled item each holding the paragraphs up to the next; the lead keeps what precedes them.
/// </summary>
internal static class ResumeProfiles
{
    private const int MinProfiles = 2;
    private const string Commas = ",，";

    public static void Split(List<DraftItem> items)
    {
        for (var k = items.Count - 1; k >= 0; k--)
        {
            var story = items[k];
            if (story.Kind != ArticleKind.Article) continue;
            var starts = Enumerable.Range(1, Math.Max(0, story.Paragraphs.Count - 1)).Where(p => OpensResume(story.Paragraphs[p])).ToList();
            if (starts.Count < MinProfiles || story.Headings.Any(h => h.BeforeParagraph > starts[0])) continue;
            // Cut from the last profile back, so each cut takes the paragraphs up to the next profile; no heading moves.
            var profiles = new DraftItem[starts.Count];
            for (var s = starts.Count - 1; s >= 0; s--)
            {
                profiles[s] = story.CutTail(starts[s], story.Headings.Count);
                profiles[s].Closed = true;
            }
            items.InsertRange(k + 1, profiles);
        }
    }

    /// <summary>李明,男,…: a person's name and the sex, each closed by a comma.</summary>
    public static bool OpensResume(string paragraph)
    {
        var text = ChineseText.Trim(SimplifiedChinese.Convert(paragraph)).ToString();
        var comma = text.IndexOfAny(Commas.ToCharArray());
        return comma is >= 2 and <= 4 && text.Length > comma + 2 && text[comma + 1] is '男' or '女' &&
               Commas.Contains(text[comma + 2]) && PersonNames.IsPlausible(text.AsSpan(0, comma));
    }
}
