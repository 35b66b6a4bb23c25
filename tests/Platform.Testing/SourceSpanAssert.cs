using Platform.Contracts.Documents;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// The provenance rule of <see cref="SourceSpan"/>: every field of every article and every discarded run has spans;
/// cut out of the normalized text and concatenated, they equal the field once whitespace is removed from both (the
/// documented join); spans lie inside the text, name fields that exist, and no two fields claim the same character
/// (an author's span lies inside its byline).
/// </summary>
public static class SourceSpanAssert
{
    public static void Consistent(string normalizedText, Bulletin bulletin, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(articles);
        var claimed = new List<(int Start, int End, string Where)>();
        foreach (var article in articles)
        {
            var fields = Fields(article);
            foreach (var span in article.Spans)
            {
                Assert.True(fields.ContainsKey(span.Field), $"article {article.Ordinal}: span names no field: {span.Field}");
                InText(normalizedText, span, $"article {article.Ordinal} {span.Field}");
                if (!span.Field.StartsWith("byline.authors", StringComparison.Ordinal))
                    claimed.Add((span.Start, span.Start + span.Length, $"article {article.Ordinal} {span.Field}"));
            }
            foreach (var (field, value) in fields)
            {
                if (field.StartsWith("byline.authors", StringComparison.Ordinal) && !Squash(article.Byline.Raw).Contains(Squash(value), StringComparison.Ordinal))
                    continue; // a shared gallery credit: the photographers of later photos were printed once, under the first
                Assert.True(Squash(Cut(normalizedText, article.Spans, field)) == Squash(value),
                    $"article {article.Ordinal} {field}: field \"{value}\", spans cut \"{Cut(normalizedText, article.Spans, field)}\"");
            }
        }
        for (var i = 0; i < bulletin.Discarded.Count; i++)
        {
            var field = SourceSpan.Discarded(i);
            var text = bulletin.Discarded[i].Text;
            Assert.True(Squash(Cut(normalizedText, bulletin.Spans, field)) == Squash(text),
                $"{field} ({bulletin.Discarded[i].Reason}): \"{text}\", spans cut \"{Cut(normalizedText, bulletin.Spans, field)}\"");
        }
        foreach (var span in bulletin.Spans)
        {
            InText(normalizedText, span, span.Field);
            claimed.Add((span.Start, span.Start + span.Length, span.Field));
        }
        claimed.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var k = 1; k < claimed.Count; k++)
            Assert.True(claimed[k].Start >= claimed[k - 1].End, $"{claimed[k - 1].Where} and {claimed[k].Where} overlap");
    }

    /// <summary>An article's fields by the path <see cref="SourceSpan.Field"/> uses; empty and blank fields have no source.</summary>
    public static Dictionary<string, string> Fields(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) fields[field] = value;
        }
        Add("kicker", article.Kicker);
        Add("title", article.Title);
        Add("subtitle", article.Subtitle);
        Add("byline.raw", article.Byline.Raw);
        for (var i = 0; i < article.Byline.Authors.Count; i++) Add(SourceSpan.Author(i), article.Byline.Authors[i]);
        for (var i = 0; i < article.Headings.Count; i++) Add(SourceSpan.Heading(i), article.Headings[i].Text);
        for (var i = 0; i < article.Paragraphs.Count; i++) Add(SourceSpan.Paragraph(i), article.Paragraphs[i]);
        return fields;
    }

    private static void InText(string text, SourceSpan span, string where) =>
        Assert.True(span.Start >= 0 && span.Length > 0 && span.Start + span.Length <= text.Length, $"{where}: span {span.Start}+{span.Length} outside the text ({text.Length})");

    private static string Cut(string text, IEnumerable<SourceSpan> spans, string field) =>
        string.Concat(spans.Where(s => s.Field == field && s.Start >= 0 && s.Start + s.Length <= text.Length).Select(s => text.Substring(s.Start, s.Length)));

    private static string Squash(string? s) => string.Concat((s ?? "").Where(c => !char.IsWhiteSpace(c)));
}
