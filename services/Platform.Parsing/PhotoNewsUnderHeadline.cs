using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// Photo news printed as a headline over a few short lines and one credit (广场垃圾很“刺眼” / 16日,… / 市民们… /
/// 记者 某某摄) at the end of the page. Where the segmenter read the last line as a caption before the credit came, it
/// made that line and the credit a photo of their own; but every line of such a story is a caption's length, so the
/// credit is the whole story's and the story is one photo by that photographer (the segmenter does the same when the
/// credit comes straight under the story's text). A story with a full-length paragraph keeps its closing picture.
/// </summary>
internal static class PhotoNewsUnderHeadline
{
    /// <summary>The most caption-length lines, the credited caption included, such a story prints.</summary>
    public const int MaxLines = 3;

    private const int MaxCaptionLength = 60;

    public static void Fold(List<DraftItem> items)
    {
        if (items.Count < 2) return;
        var (story, photo) = (items[^2], items[^1]);
        if (!IsShortUnsignedStory(story) || !IsOneCaptionCredited(photo)) return;
        story.Paragraphs.Add(photo.Paragraphs[0]);
        story.Kind = ArticleKind.Photo;
        story.AddByline(photo.ToByline());
        story.Closed = true;
        items.RemoveAt(items.Count - 1);
    }

    private static bool IsShortUnsignedStory(DraftItem d) =>
        d.Kind == ArticleKind.Article && d.Title is not null && !d.HasByline && d.Headings.Count == 0 &&
        d.Paragraphs.Count is > 0 and < MaxLines && d.Paragraphs.TrueForAll(IsCaptionLength);

    private static bool IsOneCaptionCredited(DraftItem d) =>
        d.Kind == ArticleKind.Photo && d.Title is null && d.Authors.Count > 0 && d.Paragraphs.Count == 1 && !d.NumberedCaption &&
        IsCaptionLength(d.Paragraphs[0]);

    /// <summary>The length up to which a line of such a story reads as a caption.</summary>
    public static bool IsCaptionLength(string paragraph) => ChineseText.VisibleLength(paragraph) <= MaxCaptionLength;
}
