using Platform.Contracts.Documents;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A photo page's introduction (某日,某实践队走进某市某县某村调研) is set aside by the parser as no item of its own, yet it
/// says where the pictures were taken: a caption that names no place (图为村牌) shows the place its introduction names.
/// </summary>
internal static class PhotoSetIntroduction
{
    /// <summary>
    /// The introduction of <paramref name="bulletin"/>'s photo set, as one bare article of its paragraphs; none unless
    /// <paramref name="article"/> is a photo. Read as one text, an introduction that speaks for its city (我市各县区…) and then
    /// gives examples (在某区…在某区…) is the city's, as a paragraph of examples read alone would not be.
    /// </summary>
    public static IEnumerable<Article> For(Article article, Bulletin bulletin)
    {
        if (article.Kind != ArticleKind.Photo) yield break;
        var paragraphs = bulletin.Discarded.Where(d => d.Reason == DiscardReasons.PhotoSetContext && d.Text.Length > 0).Select(d => d.Text).ToList();
        if (paragraphs.Count > 0) yield return ArticleFactory.Create(null, string.Join('\n', paragraphs));
    }
}
