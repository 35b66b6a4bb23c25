using Platform.Text;
namespace Platform.Parsing;

/// <summary>
/// Links a title block with no body (orphan title) to a body with no title (orphan body) on the same page
/// (within <see cref="OrphanBodyDetector.Window"/> items) when the body's first sentence names a county, city
/// or district (or a municipality) from the title block. Only one-to-one matches are linked: a title matching
/// two bodies, or a body matching two titles, is unclear and both stay flagged as orphans. The linked article
/// takes the body's place in reading order (the page is read where its text is printed).
/// </summary>
internal static class OrphanLinker
{
    public static void Link(List<DraftItem> items)
    {
        var titles = new List<(int Index, List<string> Cores)>();
        var bodies = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (OrphanBodyDetector.IsOrphanTitle(items[i]))
            {
                var cores = OrphanBodyDetector.TitleCores(items[i]);
                if (cores.Count > 0) titles.Add((i, cores));
            }
            else if (OrphanBodyDetector.IsOrphanBody(items[i]))
            {
                bodies.Add(i);
            }
        }
        if (titles.Count == 0 || bodies.Count == 0) return;

        var pairs = new List<(int Title, int Body)>();
        var b0 = 0;
        foreach (var (t, cores) in titles)
        {
            while (b0 < bodies.Count && bodies[b0] < t - OrphanBodyDetector.Window) b0++;
            for (var k = b0; k < bodies.Count && bodies[k] <= t + OrphanBodyDetector.Window; k++)
            {
                var lead = StoryLead.FirstSentence(SimplifiedChinese.Convert(items[bodies[k]].Paragraphs[0]));
                foreach (var core in cores)
                {
                    if (!StoryLead.Contains(lead, core)) continue;
                    pairs.Add((t, bodies[k]));
                    break;
                }
            }
        }

        var perTitle = new Dictionary<int, int>();
        var perBody = new Dictionary<int, int>();
        foreach (var (t, b) in pairs)
        {
            perTitle[t] = perTitle.GetValueOrDefault(t) + 1;
            perBody[b] = perBody.GetValueOrDefault(b) + 1;
        }
        HashSet<int>? linkedTitles = null;
        foreach (var (t, b) in pairs)
        {
            if (perTitle[t] != 1 || perBody[b] != 1) continue;
            items[b] = Merge(items[t], items[b]);
            (linkedTitles ??= []).Add(t);
        }
        if (linkedTitles is null) return;
        var kept = 0;
        for (var i = 0; i < items.Count; i++)
            if (!linkedTitles.Contains(i)) items[kept++] = items[i];
        items.RemoveRange(kept, items.Count - kept);
    }

    private static DraftItem Merge(DraftItem title, DraftItem body)
    {
        var merged = new DraftItem { Section = body.Section ?? title.Section, Kicker = title.Kicker, Title = title.Title, Subtitle = title.Subtitle };
        merged.AddByline(title.ToByline());
        var bodyByline = body.ToByline();
        if (bodyByline.Raw is not null || bodyByline.Organization is not null) merged.AddByline(bodyByline);
        merged.Headings.AddRange(title.Headings);
        merged.Headings.AddRange(body.Headings);
        merged.Paragraphs.AddRange(body.Paragraphs);
        return merged;
    }
}
