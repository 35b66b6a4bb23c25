using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// A web page holding one headlined photo news (headline, caption, credit) and, under it, unsigned untitled paragraphs
/// the site added about the photo's subject (这是某某的镜头。…): that text is the photo's, not a story of its own.
/// </summary>
internal static class PhotoNewsTail
{
    public static void Fold(List<DraftItem> items)
    {
        if (items.Count != 2) return;
        var (photo, tail) = (items[0], items[1]);
        if (photo.Kind != ArticleKind.Photo || photo.Title is null || !photo.HasByline) return;
        if (tail.Kind != ArticleKind.Article || tail.Title is not null || tail.Kicker is not null || tail.Subtitle is not null ||
            tail.HasByline || tail.Headings.Count > 0 || tail.Paragraphs.Count == 0) return;
        photo.Paragraphs.AddRange(tail.Paragraphs);
        items.RemoveAt(1);
    }
}
