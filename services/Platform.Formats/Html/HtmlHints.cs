using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Platform.Formats.Html;

/// <summary>The hints a page's head carries: &lt;title&gt;, og:* / article:* properties and the declared publication date.</summary>
internal static class HtmlHints
{
    private static readonly string[] DateNames =
    [
        "article:published_time", "og:published_time", "publishdate", "pubdate", "publish_date", "publishtime", "publish-date",
        "dc.date.issued", "dc.date", "date", "datepublished", "firstpublishedtime",
    ];

    public static DocumentHints Read(IHtmlDocument document, DateTime? readabilityDate, IReadOnlyList<string> headlines)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(content)) continue;
            key = key.Trim().ToLowerInvariant();
            if (key.StartsWith("og:", StringComparison.Ordinal) || key.StartsWith("article:", StringComparison.Ordinal)
                || key is "author" or "description" or "keywords" || DateNames.Contains(key))
            {
                metadata.TryAdd(key, content);
            }
        }
        var title = metadata.GetValueOrDefault("og:title") ?? (document.Title is { Length: > 0 } t ? t.Trim() : null);
        DateTimeOffset? published = null;
        foreach (var name in DateNames)
        {
            if (metadata.TryGetValue(name, out var value) && DateText.Parse(value) is { } date)
            {
                published = date;
                break;
            }
        }
        published ??= DateText.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        if (published is null && readabilityDate is { } d) published = new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc));
        return new DocumentHints(title, metadata, published, headlines);
    }
}
