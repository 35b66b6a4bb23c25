using Platform.Contracts.Documents;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A photo page's introduction (某日,某实践队走进某市某县某村调研) is set aside by the parser as no item of its own, yet it
/// says where the pictures were taken: a caption that names no place (图为村牌) shows the place its introduction names.
/// </summary>
internal static class PhotoSetIntroduction
{
    // The reason the parser gives the introduction it sets aside (Platform.Parsing's PhotoSetContext).
    private const string Reason = "photo-set-context";

    /// <summary>The introductions of <paramref name="bulletin"/>'s photo set, as bare articles; none unless <paramref name="article"/> is a photo.</summary>
    public static IEnumerable<Article> For(Article article, Bulletin bulletin)
    {
        if (article.Kind != ArticleKind.Photo) yield break;
        foreach (var discarded in bulletin.Discarded)
            if (discarded.Reason == Reason && discarded.Text.Length > 0)
                yield return ArticleFactory.Create(null, discarded.Text);
    }
}
