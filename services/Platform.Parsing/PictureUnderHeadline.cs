using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// A web story that opens with its picture: the headline over its meta line, one credited caption (图为…。通讯员 某某 摄),
/// then the text with no headline or byline of its own. Read in order, the headline went to the picture and the text
/// was left untitled; the headline is the text's, and the picture stays an untitled photo of the page after it. A
/// picture story credited 摄影报道 is the story itself and keeps its headline. A caption no longer than a picture's label
/// never comes here: the segmenter keeps it inside the story as the story's own picture.
/// </summary>
internal static class PictureUnderHeadline
{
    private const int MinStoryParagraphs = 2;

    public static void Give(List<DraftItem> items)
    {
        for (var k = 0; k + 1 < items.Count; k++)
        {
            var photo = items[k];
            var text = items[k + 1];
            if (photo.Kind != ArticleKind.Photo || photo.Title is null || photo.Paragraphs.Count != 1 || photo.Headings.Count > 0 || !photo.HasByline) continue;
            if (photo.BylineRaw.Any(raw => PersonNames.EndsWithPhotoReportVerb(raw))) continue;
            if (text.Kind != ArticleKind.Article || text.Title is not null || text.Kicker is not null || text.HasByline ||
                text.Paragraphs.Count < MinStoryParagraphs)
                continue;
            (text.Kicker, text.Title, text.Subtitle) = (photo.Kicker, photo.Title, photo.Subtitle);
            (photo.Kicker, photo.Title, photo.Subtitle) = (null, null, null);
            (items[k], items[k + 1]) = (text, photo);
            k++;
        }
    }
}
