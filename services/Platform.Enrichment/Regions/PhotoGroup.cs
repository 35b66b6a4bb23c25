using Platform.Contracts.Documents;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A photo printed in a run of one photographer's photos belongs to the run's story: a caption that names no place of its
/// own (一位志愿者在为游客指路) shows the place an earlier caption of the run named (在北京…, 辽宁省抚顺市…), else the one a
/// later caption names (图1…图2为某市某店…, one credit under all). Another photographer's picture in the same run is often
/// from elsewhere (a roundup of the day's celebrations), so the run ends there. Only <see cref="EnrichmentContext.PhotoRunReach"/>
/// photos each way are read.
/// </summary>
internal static class PhotoGroup
{
    /// <summary>The photos of <paramref name="article"/>'s run printed before it, nearest first; none unless it is a photo.</summary>
    public static IEnumerable<Article> Earlier(Article article, IReadOnlyList<Article> preceding)
    {
        if (article.Kind != ArticleKind.Photo) yield break;
        var stop = Math.Max(-1, preceding.Count - 1 - EnrichmentContext.PhotoRunReach);
        for (var i = preceding.Count - 1; i > stop && preceding[i].Kind == ArticleKind.Photo && SameShoot(article, preceding[i]); i--)
            yield return preceding[i];
    }

    /// <summary>The photos of <paramref name="article"/>'s run printed after it, nearest first; none unless it is a photo.</summary>
    public static IEnumerable<Article> Later(Article article, IReadOnlyList<Article> following)
    {
        if (article.Kind != ArticleKind.Photo) yield break;
        var stop = Math.Min(following.Count, EnrichmentContext.PhotoRunReach);
        for (var i = 0; i < stop && following[i].Kind == ArticleKind.Photo && SameShoot(article, following[i]); i++)
            yield return following[i];
    }

    // Photos by a shared photographer, or both uncredited.
    private static bool SameShoot(Article a, Article b)
    {
        var these = a.Byline.Authors;
        var those = b.Byline.Authors;
        return (these.Count == 0 && those.Count == 0) || these.Any(those.Contains);
    }
}
