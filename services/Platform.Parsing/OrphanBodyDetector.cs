using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// Finds an orphan body (a story whose title is printed elsewhere) that the segmenter appended to the open story
/// before it, and splits it off as an item of its own. A paragraph of a titled story starts an orphan body when,
/// from that paragraph on, the story's own places (title block and lead) are never named again, and either
/// <list type="bullet">
/// <item>its first sentence names a place of an orphan title within <see cref="Window"/> items (strong evidence:
/// the title is on the page and waiting for its body), the place appearing there for the first time; or</item>
/// <item>it opens like a story (近日, 今年以来, 5月31日…) and its first sentence introduces a place with its province
/// (陕西省合阳县) that the story has not named before and that is not one of the story's own places.</item>
/// </list>
/// Stories closed by an organization are not split (the organization would belong to the orphan part). Work per
/// story is a constant number of scans of its paragraphs, so the pass is linear.
/// </summary>
internal static class OrphanBodyDetector
{
    public const int Window = 6;

    public static void Split(List<DraftItem> items)
    {
        List<(int Index, List<string> Cores)>? titles = null;
        for (var t = 0; t < items.Count; t++)
        {
            if (!IsOrphanTitle(items[t])) continue;
            var cores = TitleCores(items[t]);
            if (cores.Count > 0) (titles ??= []).Add((t, cores));
        }

        List<DraftItem>? output = null; // built only when something is split, so a split costs no list shifting
        for (var h = 0; h < items.Count; h++)
        {
            var host = items[h];
            var at = host.Kind != ArticleKind.Article || host.Title is null || host.Organization is not null || host.Paragraphs.Count < 2
                ? -1
                : FindSplit(host, NearbyTitles(titles, h));
            if (at <= 0)
            {
                output?.Add(host);
                continue;
            }
            output ??= new List<DraftItem>(items.Count + 4);
            if (output.Count == 0) output.AddRange(items.Take(h));
            output.Add(host);
            // The segmenter places headings in reading order: those over the orphan body are the ones from the first over it.
            var heading = host.Headings.FindIndex(x => x.BeforeParagraph >= at);
            output.Add(host.CutTail(at, heading < 0 ? host.Headings.Count : heading));
        }
        if (output is null) return;
        items.Clear();
        items.AddRange(output);
    }

    /// <summary>Index of the paragraph where an orphan body starts inside the host story, or -1.</summary>
    private static int FindSplit(DraftItem host, List<List<string>>? titleCores)
    {
        if (titleCores is null && !AnyStoryOpening(host.Paragraphs)) return -1; // the common case, without allocating
        // Places and openings are read in simplified characters (the copies are the same strings for simplified text).
        var paragraphs = host.Paragraphs.ConvertAll(SimplifiedChinese.Convert);

        var hostPlaces = TitleBlockPlaces(host);
        hostPlaces.AddRange(PlaceNameDetector.Places(StoryLead.FirstSentence(paragraphs[0])));
        var hostCores = hostPlaces.Where(p => p.Core is not null).Select(p => p.Core!).Distinct().ToList();
        var hostNames = hostCores.Count > 0 ? hostCores : hostPlaces.Select(p => p.Province!).Distinct().ToList();

        // The story's own places are not named from the split on.
        var from = 1;
        for (var k = paragraphs.Count - 1; k >= 0 && from == 1; k--)
        {
            foreach (var n in hostNames)
            {
                if (!paragraphs[k].Contains(n, StringComparison.Ordinal)) continue;
                from = k + 1;
                break;
            }
        }
        if (from >= paragraphs.Count) return -1;

        // Strong evidence: the first mention of an orphan title's place opens a paragraph.
        var split = -1;
        List<string>? splitTitle = null;
        foreach (var cores in titleCores ?? [])
        {
            foreach (var core in cores)
            {
                if (hostCores.Contains(core)) continue;
                var first = FirstMention(paragraphs, core);
                if (first < from || !StoryLead.Contains(StoryLead.FirstSentence(paragraphs[first]), core)) continue;
                if (split < 0 || first < split) (split, splitTitle) = (first, cores);
                else if (first == split && !ReferenceEquals(splitTitle, cores)) splitTitle = null; // two titles claim it
            }
        }
        if (split > 0 && splitTitle is not null) return split;
        if (split > 0) return -1;

        // Without a title: the first story-like opening after the story's last self-mention, naming a new place with its province.
        if (hostNames.Count == 0) return -1;
        for (var k = from; k < paragraphs.Count; k++)
        {
            if (!StoryLead.OpensStory(paragraphs[k]) || HasHeadingBefore(host, k)) continue;
            var lead = PlaceNameDetector.Places(StoryLead.FirstSentence(paragraphs[k]));
            var newPlace = lead.Find(p => p is { Province: not null, Core: not null } && !hostCores.Contains(p.Core));
            return newPlace.Core is not null && FirstMention(paragraphs, newPlace.Core) == k ? k : -1;
        }
        return -1;
    }

    private static bool AnyStoryOpening(List<string> paragraphs)
    {
        Span<char> head = stackalloc char[StoryLead.MaxOpening];
        for (var k = 1; k < paragraphs.Count; k++)
        {
            var p = paragraphs[k].AsSpan(0, Math.Min(paragraphs[k].Length, head.Length));
            SimplifiedChinese.Convert(p, head);
            if (StoryLead.OpensStory(head[..p.Length])) return true;
        }
        return false;
    }

    private static bool HasHeadingBefore(DraftItem host, int paragraph)
    {
        foreach (var h in host.Headings)
            if (h.BeforeParagraph == paragraph) return true;
        return false;
    }

    private static int FirstMention(List<string> paragraphs, string name)
    {
        for (var k = 0; k < paragraphs.Count; k++)
            if (paragraphs[k].Contains(name, StringComparison.Ordinal)) return k;
        return -1;
    }

    /// <summary>The place lists of the orphan titles within the window around the host, or null when there are none.</summary>
    private static List<List<string>>? NearbyTitles(List<(int Index, List<string> Cores)>? titles, int host)
    {
        List<List<string>>? near = null;
        if (titles is null) return near;
        foreach (var (index, cores) in titles)
            if (Math.Abs(index - host) <= Window) (near ??= []).Add(cores);
        return near;
    }

    public static bool IsOrphanTitle(DraftItem d) =>
        d.Kind == ArticleKind.Article && d.Title is not null && d.Paragraphs.Count == 0;

    public static bool IsOrphanBody(DraftItem d) =>
        d.Kind == ArticleKind.Article && d.Title is null && d.Paragraphs.Count > 0;

    /// <summary>Places named in the kicker, title and subtitle.</summary>
    public static List<(string? Province, string? Core)> TitleBlockPlaces(DraftItem d)
    {
        var places = new List<(string?, string?)>();
        if (d.Kicker is not null) places.AddRange(PlaceNameDetector.Places(SimplifiedChinese.Convert(d.Kicker)));
        if (d.Title is not null) places.AddRange(PlaceNameDetector.Places(SimplifiedChinese.Convert(d.Title)));
        if (d.Subtitle is not null) places.AddRange(PlaceNameDetector.Places(SimplifiedChinese.Convert(d.Subtitle)));
        return places;
    }

    /// <summary>The county/city/district names (and municipalities) of a title block: specific enough to link on.</summary>
    public static List<string> TitleCores(DraftItem d) =>
        TitleBlockPlaces(d).Where(p => p.Core is not null).Select(p => p.Core!).Distinct().ToList();
}
