using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// An honour list (好人榜, 道德模范): under a lead, each person's profile is headed by the person and a phrase
/// (李明:扎根山村三十年, 助人为乐类“身边好人”王芳:巷口小店暖人心), and the profile's first paragraph names that person
/// again. Two or more such headings in one story are the page's items, one profile each; the lead stays an item of
/// its own. Under a signed report the headings must also file a profile under its award, as the list does: a
/// reporter's story heading its paragraphs with bare names stays one story. A category line right above a profile
/// heading (助人为乐好人) is that profile's kicker. A heading that lost its line break runs into its profile's paragraph;
/// it is cut off where the person is named again.
/// </summary>
internal static class ProfileHeadings
{
    private const int MinProfiles = 2;
    private const int MaxPrefix = 24;
    private const int MaxPhrase = 24;
    private const int MinPhrase = 2;
    private const int NamedWithin = 60;
    private const string Colons = ":：";
    private const string NameStops = ":：”」\" \u3000";

    public static void Split(List<DraftItem> items)
    {
        for (var k = items.Count - 1; k >= 0; k--)
        {
            var story = items[k];
            if (story.Kind != ArticleKind.Article) continue;
            var runIns = RunInHeadings(story);
            var headed = story.Headings.Count(h => IsProfileOf(h.Text, story, h.BeforeParagraph));
            if (headed + runIns.Count < MinProfiles) continue;
            foreach (var (paragraph, end) in runIns) LiftHeading(story, paragraph, end);
            var profiles = TakeProfiles(story);
            if (profiles.Count >= MinProfiles) items.InsertRange(k + 1, profiles);
        }
    }

    /// <summary>The persons a profile heading names: 李明:扎根山村三十年 → [李明]; none when the line is not one.</summary>
    public static string[] Persons(string heading)
    {
        var line = ChineseText.Trim(SimplifiedChinese.Convert(heading)).ToString();
        var colon = line.LastIndexOfAny(Colons.ToCharArray());
        if (colon is < 2 or > MaxPrefix) return [];
        var phrase = line.AsSpan(colon + 1);
        if (phrase.Length is < MinPhrase or > MaxPhrase || ChineseText.EndsSentence(phrase)) return [];
        return NamesBefore(line[..colon]);
    }

    // 见义勇为类“中国好人”:张军、李威 → [张军, 李威]: the names closing the text before a profile's colon.
    private static string[] NamesBefore(string prefix)
    {
        var names = prefix[(prefix.LastIndexOfAny(NameStops.ToCharArray()) + 1)..].Split('、');
        return names.All(n => n.Length <= 4 && PersonNames.IsPlausible(n)) ? names : [];
    }

    // A heading over the paragraph that names its first person near its start.
    private static bool IsProfileOf(string heading, DraftItem story, int paragraph)
    {
        var persons = Persons(heading);
        if (persons.Length == 0 || paragraph >= story.Paragraphs.Count) return false;
        var text = SimplifiedChinese.Convert(story.Paragraphs[paragraph]);
        var at = text.IndexOf(persons[0], StringComparison.Ordinal);
        return at >= 0 && at < NamedWithin;
    }

    // Paragraphs that open with a profile heading run into the profile (李明:扎根山村三十年李明,男,…): where the heading ends.
    private static List<(int Paragraph, int End)> RunInHeadings(DraftItem story)
    {
        var found = new List<(int, int)>();
        for (var p = 0; p < story.Paragraphs.Count; p++)
        {
            var end = RunInEnd(SimplifiedChinese.Convert(story.Paragraphs[p]));
            if (end > 0) found.Add((p, end));
        }
        return found;
    }

    private static int RunInEnd(string text)
    {
        for (var colon = text.IndexOfAny(Colons.ToCharArray()); colon is > 0 and <= MaxPrefix; colon = text.IndexOfAny(Colons.ToCharArray(), colon + 1))
        {
            var persons = NamesBefore(text[..colon]);
            if (persons.Length == 0) continue;
            var again = text.IndexOf(persons[0], colon + 1 + MinPhrase, StringComparison.Ordinal);
            if (again < 0 || again - colon - 1 > MaxPhrase) continue;
            var heading = text[..again];
            if (!ChineseText.EndsSentence(heading) && heading.IndexOfAny(['。', '!', '！', '?', '？']) < 0 && Persons(heading).Length > 0) return again;
        }
        return 0;
    }

    private static void LiftHeading(DraftItem story, int paragraph, int end)
    {
        var text = story.Paragraphs[paragraph];
        var index = story.Headings.FindIndex(h => h.BeforeParagraph > paragraph);
        var heading = new Heading(SourceLedger.Trim(SourceLedger.Slice(text, 0, end)), paragraph);
        story.Headings.Insert(index < 0 ? story.Headings.Count : index, heading);
        story.Paragraphs[paragraph] = SourceLedger.Trim(SourceLedger.Slice(text, end));
    }

    // Cuts the story at each profile heading, the last first; the story keeps what precedes the first.
    private static List<DraftItem> TakeProfiles(DraftItem story)
    {
        var starts = new List<int>();
        for (var h = 0; h < story.Headings.Count; h++)
            if (IsProfileOf(story.Headings[h].Text, story, story.Headings[h].BeforeParagraph) &&
                (starts.Count == 0 || story.Headings[h].BeforeParagraph > story.Headings[starts[^1]].BeforeParagraph))
                starts.Add(h);
        if (starts.Count < MinProfiles) return [];
        if (story.HasByline && !starts.Any(h => IsCategorised(story, h))) return [];
        var profiles = new DraftItem[starts.Count];
        for (var s = starts.Count - 1; s >= 0; s--)
        {
            var first = story.Headings[starts[s]].BeforeParagraph;
            // The kicker, when there is one, is cut off with its profile, so the profile before does not keep it.
            var kicker = starts[s] - 1;
            var kicked = kicker >= 0 && (s == 0 || kicker > starts[s - 1]) && story.Headings[kicker].BeforeParagraph == first &&
                Persons(story.Headings[kicker].Text).Length == 0;
            var profile = story.CutTail(first, kicked ? kicker : starts[s]);
            if (kicked)
            {
                profile.Kicker = profile.Headings[0].Text;
                profile.Headings.RemoveAt(0);
            }
            profile.Title = profile.Headings[0].Text;
            profile.Headings.RemoveAt(0);
            profile.Closed = true;
            profiles[s] = profile;
        }
        return [.. profiles];
    }

    // A reporter's signed story may head its paragraphs with the persons it covers; the list itself files its
    // profiles under their awards (见义勇为类“身边好人”王芳:…, or a category line right above).
    private static bool IsCategorised(DraftItem story, int h)
    {
        var line = ChineseText.Trim(SimplifiedChinese.Convert(story.Headings[h].Text)).ToString();
        var prefix = line[..line.LastIndexOfAny(Colons.ToCharArray())];
        if (prefix.LastIndexOfAny(NameStops.ToCharArray()) >= 0) return true;
        return h > 0 && story.Headings[h - 1].BeforeParagraph == story.Headings[h].BeforeParagraph && Persons(story.Headings[h - 1].Text).Length == 0;
    }
}
