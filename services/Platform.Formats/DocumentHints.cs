namespace Platform.Formats;

/// <summary>What a document says about itself beside its text, for the parser to weigh.</summary>
/// <param name="Title">The document's title: HTML &lt;title&gt; (or og:title), DOCX core title, PDF Info title.</param>
/// <param name="Metadata">Named metadata: og:* and article:* properties of a page, author/subject of a PDF or DOCX.</param>
/// <param name="PublishedAt">The publication date the document declares.</param>
/// <param name="Headlines">Lines set as headlines: larger or bold type in a PDF, heading styles in a DOCX, h1–h3 in HTML; in reading order.</param>
public sealed record DocumentHints(string? Title, IReadOnlyDictionary<string, string> Metadata, DateTimeOffset? PublishedAt, IReadOnlyList<string> Headlines)
{
    public static DocumentHints None { get; } = new(null, new Dictionary<string, string>(), null, []);

    /// <summary>Hints from a document's properties: blank values are left out, headline lines become one line each.</summary>
    public static DocumentHints FromProperties(string? title, DateTimeOffset? publishedAt, IEnumerable<string> headlines, params (string Key, string? Value)[] properties)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in properties)
        {
            if (!string.IsNullOrWhiteSpace(value)) metadata[key] = value.Trim();
        }
        return new DocumentHints(string.IsNullOrWhiteSpace(title) ? null : title.Trim(), metadata, publishedAt, headlines.Select(h => h.Replace('\n', ' ')).ToArray());
    }
}
