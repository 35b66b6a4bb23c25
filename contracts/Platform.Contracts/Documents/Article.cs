namespace Platform.Contracts.Documents;

/// <summary>A normalized page item (story, photo, quote box, ad) as downstream consumers see it.</summary>
/// <param name="Id">Deterministic id: bulletin id, a dash and the two-digit ordinal (e.g. "b446dbf02e71ebfb-03").</param>
/// <param name="BulletinId">Id of the bulletin the item was printed in.</param>
/// <param name="Ordinal">1-based position in the bulletin's reading order.</param>
/// <param name="Kind">What kind of page item this is.</param>
/// <param name="Kicker">Line printed above the main title (引题), or null.</param>
/// <param name="Title">Main title with line breaks joined, or null for untitled items (photos, orphan bodies).</param>
/// <param name="Subtitle">Subtitle (副题, usually introduced by ——) without the dashes, or null.</param>
/// <param name="Section">Bulletin section the item is printed under (【…】), or null.</param>
/// <param name="Byline">Who wrote or supplied the item.</param>
/// <param name="Headings">In-article headings with their position.</param>
/// <param name="Paragraphs">Body paragraphs after repair of column and page breaks.</param>
/// <param name="Text">The body as one string: paragraphs joined by a newline.</param>
/// <param name="Flags">Quality flags (see <see cref="ArticleFlags"/>).</param>
/// <param name="Enrichment">What the item is about; null until the enrich stage ran.</param>
/// <param name="Status">How far the item has travelled through the pipeline.</param>
/// <param name="Version">Revision of the document: 1 on first write, +1 on every change (the store's compare-and-set version); an <c>article.updated</c> event carries the new one.</param>
/// <param name="ParserVersion">Version of the parser that produced the item.</param>
/// <param name="EnrichmentVersion">Version of the enrichment that produced <paramref name="Enrichment"/>, or null.</param>
/// <param name="Warnings">Problems met while processing the item that did not stop it.</param>
public sealed record Article(
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
    PipelineStatus Status,
    long Version,
    string ParserVersion,
    string? EnrichmentVersion,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The deterministic id of the article at <paramref name="ordinal"/> in bulletin <paramref name="bulletinId"/>.</summary>
    public static string MakeId(string bulletinId, int ordinal) => $"{bulletinId}-{ordinal:00}";
}
