using Platform.Contracts.Documents;

namespace Platform.Enrichment;

/// <summary>Minimal article and bulletin documents for enriching loose text (tests, tools, benchmarks).</summary>
public static class ArticleFactory
{
    public static Article Create(string? title, string text, string? kicker = null, string? subtitle = null, Byline? byline = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new Article("adhoc-01", "adhoc", 1, title is null ? ArticleKind.Photo : ArticleKind.Article, kicker, title,
            subtitle, null, byline ?? Byline.None, [], paragraphs, text, [], null, PipelineStatus.Parsed, 1, "adhoc", null, []);
    }

    public static Bulletin EmptyBulletin(int? year = null, Masthead? masthead = null) =>
        new("adhoc", "adhoc", "", masthead, null, [], year, [], PipelineStatus.Parsed, null, DateTimeOffset.UnixEpoch,
            "adhoc", [], [], 1);
}
