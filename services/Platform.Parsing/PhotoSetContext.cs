using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// A photo set's context paragraph: untitled text with no byline printed before the first of two or more photos
/// that open the page, or after the last of two or more that close it, each photo with its own credit. Photo pages
/// print the occasion there (3月5日是…, 活动吸引了众多市民…); it introduces the pictures and is no item of its own.
/// A closing paragraph that opens with a date like the captions above it is one more caption whose credit was never
/// printed: a photo. The same text printed between two photos of a set (the first picture, then the occasion, then
/// the rest of the set) is context too, and so is the report after a titled gallery that fills the page.
/// </summary>
internal static class PhotoSetContext
{
    private const int MinPhotos = 2;
    private const int MaxCaptionLength = 80;
    // An intro is a paragraph or two; a longer untitled text is another story (the tail of one cut off above).
    private const int MaxContextParagraphs = 2;

    public static void Apply(List<DraftItem> items, List<DiscardedText> discarded)
    {
        // A credit or widget left with nothing to attach to may trail the page; it is no item.
        var end = items.Count;
        while (end > 0 && items[end - 1].Paragraphs.Count == 0 && items[end - 1].Title is null) end--;
        if (end <= MinPhotos) return;
        var last = items[end - 1];
        if (IsGalleryText(items, end - 1))
        {
            Drop(items, end - 1, discarded);
            end--;
        }
        else if (IsContext(last) && CreditedPhotosBefore(items, end - 1))
        {
            if (IsDatedCaption(last) && IsDatedCaption(items[end - 2]))
                last.Kind = ArticleKind.Photo;
            else
                Drop(items, end - 1, discarded);
        }
        for (var k = end - 2; k > 0; k--)
            if (IsContext(items[k]) && IsCreditedPhoto(items[k - 1]) && IsCreditedPhoto(items[k + 1]) &&
                (CreditedPhotosBefore(items, k) || CreditedPhotosAfter(items, k)))
                Drop(items, k, discarded);
        if (IsContext(items[0]) && CreditedPhotosAfter(items, 0)) Drop(items, 0, discarded);
    }

    // 标题(组图) / captions… / the report: on a page that is one titled gallery (every item before is a photo, the
    // headline on the first), the untitled text after the pictures is the gallery's report, however long.
    private static bool IsGalleryText(List<DraftItem> items, int k)
    {
        var text = items[k];
        if (k < MinPhotos || text.Kind != ArticleKind.Article || text.Title is not null || text.Kicker is not null || text.HasByline || text.Headings.Count > 0)
            return false;
        return items[0].Title is not null && items.Take(k).All(p => p.Kind == ArticleKind.Photo && p.Authors.Count > 0);
    }

    private static bool IsContext(DraftItem item) =>
        item.Kind == ArticleKind.Article && item.Title is null && item.Kicker is null && item.Subtitle is null && !item.HasByline &&
        item.Headings.Count == 0 && item.Paragraphs.Count is > 0 and <= MaxContextParagraphs;

    private static bool CreditedPhotosBefore(List<DraftItem> items, int k) =>
        k >= MinPhotos && items.Skip(k - MinPhotos).Take(MinPhotos).All(IsCreditedPhoto);

    private static bool CreditedPhotosAfter(List<DraftItem> items, int k) =>
        k + MinPhotos < items.Count && items.Skip(k + 1).Take(MinPhotos).All(IsCreditedPhoto);

    // Each photo printed with its own credit: a set under one shared credit (本组照片由记者某某提供) is a story's
    // pictures, and the text above them is that story.
    private static bool IsCreditedPhoto(DraftItem item) => item.Kind == ArticleKind.Photo && item.BylineRaw.Count > 0 && item.Paragraphs.Count > 0;

    // 6月19日,某地…: one short paragraph opening with a month and day, as the set's captions do.
    private static bool IsDatedCaption(DraftItem item)
    {
        if (item.Paragraphs.Count != 1) return false;
        var text = SimplifiedChinese.Convert(item.Paragraphs[0]);
        if (ChineseText.VisibleLength(text) > MaxCaptionLength && item.Kind == ArticleKind.Article) return false;
        var i = 0;
        while (i < text.Length && i < 2 && char.IsAsciiDigit(text[i])) i++;
        return i > 0 && i + 2 < text.Length && text[i] == '月' && text.AsSpan(i + 1, Math.Min(3, text.Length - i - 1)).Contains('日');
    }

    private static void Drop(List<DraftItem> items, int k, List<DiscardedText> discarded)
    {
        foreach (var p in items[k].Paragraphs) discarded.Add(new DiscardedText(p, DiscardReasons.PhotoSetContext));
        items.RemoveAt(k);
    }
}
