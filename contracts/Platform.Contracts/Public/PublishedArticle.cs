using Platform.Contracts.Documents;

namespace Platform.Contracts.Public;

/// <summary>
/// The body of <c>article.published</c> and <c>article.updated</c> events: an article as consumers get it. It leaves
/// out the pipeline's bookkeeping of the stored document (its status, always published here, and processing warnings).
/// </summary>
/// <param name="Id">Deterministic id: bulletin id, a dash and the two-digit ordinal (e.g. "b446dbf02e71ebfb-03"); the events' subject.</param>
/// <param name="BulletinId">Id of the bulletin the item was printed in.</param>
/// <param name="Ordinal">1-based position in the bulletin's reading order.</param>
/// <param name="Kind">What kind of page item this is.</param>
/// <param name="Kicker">Line printed above the main title (引题), or null.</param>
/// <param name="Title">Main title with line breaks joined, or null for untitled items (photos, orphan bodies).</param>
/// <param name="Subtitle">Subtitle (副题) without the dashes, or null.</param>
/// <param name="Section">Bulletin section the item is printed under (【…】), or null.</param>
/// <param name="Byline">Who wrote or supplied the item.</param>
/// <param name="Headings">In-article headings with their position.</param>
/// <param name="Paragraphs">Body paragraphs after repair of column and page breaks.</param>
/// <param name="Text">The body as one string: paragraphs joined by a newline.</param>
/// <param name="Flags">Quality flags (see <see cref="ArticleFlags"/>).</param>
/// <param name="Enrichment">What the item is about (regions, topics, people, organizations, dates).</param>
/// <param name="Version">Revision of the article: 1 when first published, higher after each change; an <c>article.updated</c> event carries the new one. Keep the highest seen.</param>
/// <param name="ParserVersion">Version of the parser that produced the item.</param>
/// <param name="EnrichmentVersion">Version of the enrichment that produced <paramref name="Enrichment"/>, or null.</param>
/// <param name="BodyTruncated">
/// True when the article was over the publisher's event size (<c>Platform:Publish:MaxEventBytes</c>): the event then keeps
/// the ids, titles, byline, flags, version and the enrichment consumers filter on (primary region, topics) but leaves out the
/// paragraphs and carries only the start of <paramref name="Text"/>. Read the whole article at <paramref name="DataRef"/>.
/// </param>
/// <param name="DataRef">Where the full article is in the query API (<c>/v1/articles/{id}</c>, relative to the publish service) when <paramref name="BodyTruncated"/>; else null.</param>
public sealed record PublishedArticle(
    string Id,
    string BulletinId,
    int Ordinal,
    ArticleKind Kind,
    string? Kicker,
    string? Title,
    string? Subtitle,
    string? Section,
    Byline Byline,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<string> Paragraphs,
    string Text,
    IReadOnlyList<string> Flags,
    Enrichment? Enrichment,
    long Version,
    string ParserVersion,
    string? EnrichmentVersion,
    bool BodyTruncated = false,
    string? DataRef = null)
{
    /// <summary>The event body of the stored <paramref name="article"/>.</summary>
    public static PublishedArticle Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new PublishedArticle(article.Id, article.BulletinId, article.Ordinal, article.Kind, article.Kicker, article.Title,
            article.Subtitle, article.Section, article.Byline, article.Headings, article.Paragraphs, article.Text, article.Flags,
            article.Enrichment, article.Version, article.ParserVersion, article.EnrichmentVersion);
    }
}
