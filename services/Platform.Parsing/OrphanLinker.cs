namespace Platform.Parsing;

/// <summary>
/// Links a title block with no body (orphan title) to a body with no title (orphan body) on the same page
/// when the body mentions a place named in the title block.
/// </summary>
internal static class OrphanLinker
{
    private const int Window = 4;

    public static void Link(List<DraftItem> items)
    {
        for (var t = 0; t < items.Count; t++)
        {
            var title = items[t];
            if (!IsOrphanTitle(title)) continue;
            var places = PlaceNameDetector.PlacesIn(string.Concat(title.Kicker, title.Title, title.Subtitle))
                .Where(p => p.Length >= 3).Distinct().ToList();
            if (places.Count == 0) continue;
            for (var b = Math.Max(0, t - Window); b < Math.Min(items.Count, t + Window + 1); b++)
            {
                var body = items[b];
                if (!IsOrphanBody(body)) continue;
                var lead = body.Paragraphs.Count > 1 ? body.Paragraphs[0] + body.Paragraphs[1] : body.Paragraphs[0];
                if (!places.Exists(p => lead.Contains(p, StringComparison.Ordinal))) continue;
                var bodyByline = body.ToByline();
                var merged = new DraftItem { Section = body.Section ?? title.Section };
                merged.Kicker = title.Kicker;
                merged.Title = title.Title;
                merged.Subtitle = title.Subtitle;
                merged.AddByline(title.ToByline());
                if (bodyByline.Raw is not null || bodyByline.Organization is not null) merged.AddByline(bodyByline);
                merged.Headings.AddRange(body.Headings);
                merged.Paragraphs.AddRange(body.Paragraphs);
                var at = Math.Min(t, b);
                items.RemoveAt(Math.Max(t, b));
                items[at] = merged;
                t = at;
                break;
            }
        }
    }

    private static bool IsOrphanTitle(DraftItem d) =>
        d.Kind == Contracts.Documents.ArticleKind.Article && d.Title is not null && d.Paragraphs.Count == 0;

    private static bool IsOrphanBody(DraftItem d) =>
        d.Kind == Contracts.Documents.ArticleKind.Article && d.Title is null && d.Paragraphs.Count > 0;
}
