using System.Globalization;
using Platform.Contracts.Documents;

namespace Platform.OperatorConsole.Provenance;

/// <summary>
/// Provenance as the parser recorded it: the spans stored with the articles and the bulletin (<see cref="SourceSpan"/>).
/// Documents stored before spans were recorded have none; for those the text search of
/// <see cref="LegacyTextSearchSpanLocator"/> stands in.
/// </summary>
public sealed class StoredSpanLocator : ISourceSpanLocator
{
    private readonly LegacyTextSearchSpanLocator _legacy = new();

    /// <summary>True when the parser recorded spans for this bulletin (it was parsed after spans existed).</summary>
    public static bool HasRecordedSpans(Bulletin bulletin, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(articles);
        return bulletin.Spans.Count > 0 || articles.Any(a => a.Spans.Count > 0);
    }

    public IReadOnlyList<SourceHighlight> Locate(string sourceText, Bulletin bulletin, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        if (!HasRecordedSpans(bulletin, articles)) return _legacy.Locate(sourceText, bulletin, articles);
        var highlights = new List<SourceHighlight>();
        foreach (var article in articles.OrderBy(a => a.Ordinal))
        {
            foreach (var span in article.Spans)
            {
                if (ArticleFields.RoleOf(span.Field, article.Kind) is not { } role || !Inside(sourceText, span)) continue;
                highlights.Add(new SourceHighlight(span, role, article.Ordinal, $"{role.ToString().ToLowerInvariant()} of item {article.Ordinal}"));
            }
        }
        foreach (var span in bulletin.Spans)
        {
            if (!Inside(sourceText, span)) continue;
            var reason = DiscardedIndex(span.Field) is { } i && i < bulletin.Discarded.Count ? bulletin.Discarded[i].Reason : "?";
            highlights.Add(new SourceHighlight(span, SourceRole.Discarded, 0, "discarded: " + reason));
        }
        return highlights;
    }

    // A span past the end would mean the text and the document disagree; it is left out rather than drawn wrong.
    private static bool Inside(string text, SourceSpan span) => span.Start >= 0 && span.Length > 0 && span.Start + span.Length <= text.Length;

    private static int? DiscardedIndex(string field)
    {
        const string prefix = "discarded[";
        return field.StartsWith(prefix, StringComparison.Ordinal) && field.EndsWith(']') &&
               int.TryParse(field.AsSpan(prefix.Length, field.Length - prefix.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? i
            : null;
    }
}
