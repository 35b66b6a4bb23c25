namespace Platform.Enrichment.Regions;

/// <summary>
/// A title whose only places are news outlets' names (某市电视台出动采访某街道…) tells whose coverage the story is about, not
/// where it happened: the outlet of a city reports on any of its districts, which the text then names.
/// </summary>
internal static class OutletTitle
{
    public static bool NamesOnlyOutlets(List<RegionHit> hits, string text, int start, int end)
    {
        var any = false;
        foreach (var hit in hits)
        {
            if (hit.Start < start || hit.End > end) continue;
            if (!NameSurroundings.NamesOutlet(text, hit.End)) return false;
            any = true;
        }
        return any;
    }
}
