using Platform.Contracts.Documents;

namespace Platform.OperatorConsole.Provenance;

/// <summary>An article's fields in printed order with the path <see cref="SourceSpan.Field"/> names them by and their role.</summary>
public static class ArticleFields
{
    public static IEnumerable<(string Field, SourceRole Role, string Text)> Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Kicker is { } kicker) yield return ("kicker", SourceRole.Kicker, kicker);
        if (article.Title is { } title) yield return ("title", SourceRole.Title, title);
        if (article.Subtitle is { } subtitle) yield return ("subtitle", SourceRole.Subtitle, subtitle);
        if (article.Byline.Raw is { } byline) yield return ("byline.raw", SourceRole.Byline, byline);
        var body = BodyRole(article.Kind);
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            foreach (var (heading, index) in Headings(article, h => h.BeforeParagraph == i)) yield return (SourceSpan.Heading(index), SourceRole.Heading, heading);
            yield return (SourceSpan.Paragraph(i), body, article.Paragraphs[i]);
        }
        foreach (var (heading, index) in Headings(article, h => h.BeforeParagraph >= article.Paragraphs.Count))
            yield return (SourceSpan.Heading(index), SourceRole.Heading, heading);
    }

    /// <summary>The role a recorded span's field plays, or null for fields the page does not colour (authors lie inside the byline).</summary>
    public static SourceRole? RoleOf(string field, ArticleKind kind)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field switch
        {
            "kicker" => SourceRole.Kicker,
            "title" => SourceRole.Title,
            "subtitle" => SourceRole.Subtitle,
            "byline.raw" => SourceRole.Byline,
            _ when field.StartsWith("headings[", StringComparison.Ordinal) => SourceRole.Heading,
            _ when field.StartsWith("paragraphs[", StringComparison.Ordinal) => BodyRole(kind),
            _ => null,
        };
    }

    private static SourceRole BodyRole(ArticleKind kind) => kind == ArticleKind.Photo ? SourceRole.Caption : SourceRole.Paragraph;

    private static IEnumerable<(string Text, int Index)> Headings(Article article, Func<Heading, bool> where) =>
        article.Headings.Select((h, i) => (h, i)).Where(x => where(x.h)).Select(x => (x.h.Text, x.i));
}
