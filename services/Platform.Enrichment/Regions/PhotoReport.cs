using Platform.Text;
using Platform.Contracts.Documents;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A photographer's credit that covers the text as well as the picture (李明 摄影报道, 记者 王芳 文并摄, 文/图) makes the story
/// printed right before the photo without a byline of its own one report with it: a caption that names no place shows the
/// story's place.
/// </summary>
internal static class PhotoReport
{
    private static readonly string[] TextAndPictureCredits = ["摄影报道", "文并摄", "文/图", "图/文", "图文"];

    /// <summary>The uncredited story printed right before <paramref name="article"/>; none unless it is a photo credited for both.</summary>
    public static IEnumerable<Article> Story(Article article, IReadOnlyList<Article> preceding)
    {
        if (article.Kind != ArticleKind.Photo || preceding.Count == 0 || !CoversText(article.Byline)) yield break;
        var story = preceding[^1];
        if (story.Kind == ArticleKind.Article && story.Byline.Authors.Count == 0) yield return story;
    }

    private static bool CoversText(Byline byline)
    {
        if (string.IsNullOrEmpty(byline.Raw) || byline.Authors.Count == 0) return false;
        var raw = SimplifiedChinese.Convert(byline.Raw);
        foreach (var credit in TextAndPictureCredits)
            if (raw.Contains(credit, StringComparison.Ordinal)) return true;
        return false;
    }
}
