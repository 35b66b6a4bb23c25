namespace Platform.Parsing;

/// <summary>
/// A roundup of contributions under its writer's byline: each section is a headed block (a kicker line such as 一月
/// and a headline) of the contributor's text, closed by a credit naming its source and correspondents
/// ((稿源:某某网 通讯员 李明)). That section is the contributor's item, not the roundup writer's text, so the headed
/// block is cut off the story before the credit signs it; a credit naming the story's own writer cuts nothing.
/// </summary>
internal static class ContributedSection
{
    private const int MaxHeadingLines = 2;

    /// <summary>
    /// The paragraphs of <paramref name="story"/> under its last headings as an item of its own (the last heading its
    /// title, one right before it its kicker), or null when no heading stands after the story's first paragraph.
    /// </summary>
    public static DraftItem? Cut(DraftItem story)
    {
        if (story.Headings.Count == 0) return null;
        var at = story.Headings.Max(h => h.BeforeParagraph);
        if (at < 1 || at >= story.Paragraphs.Count) return null;
        // Headings are kept in reading order, so the ones over paragraph `at` are the story's last.
        var first = story.Headings.FindIndex(h => h.BeforeParagraph == at);
        if (story.Headings.Count - first > MaxHeadingLines) return null;
        var section = story.CutTail(at, first);
        section.Title = section.Headings[^1].Text;
        section.Kicker = section.Headings.Count > 1 ? section.Headings[0].Text : null;
        section.Headings.Clear();
        story.Closed = true;
        return section;
    }
}
