using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// Takes the pictures a headlined story opens with out of its text: the rule that recognises them says how many
/// opening paragraphs they are and how they group into photos; the photos follow the story, which keeps the text
/// after them. A story with a crosshead inside that run is left alone, since the run is then part of its text.
/// </summary>
internal static class OpeningPhotoRun
{
    /// <param name="items">The page's items, changed in place.</param>
    /// <param name="runLength">How many opening paragraphs are pictures (0 when the story does not open with them).</param>
    /// <param name="captionsPerPhoto">How many of those paragraphs make one photo.</param>
    public static void Split(List<DraftItem> items, Func<List<string>, int> runLength, int captionsPerPhoto)
    {
        for (var k = 0; k < items.Count; k++)
        {
            var story = items[k];
            if (story.Kind != ArticleKind.Article || story.Title is null) continue;
            var run = runLength(story.Paragraphs);
            if (run == 0 || story.Headings.Any(h => h.BeforeParagraph > 0 && h.BeforeParagraph < run)) continue;
            var photos = new List<DraftItem>();
            for (var p = 0; p < run; p += captionsPerPhoto)
            {
                var photo = new DraftItem { Section = story.Section, Kind = ArticleKind.Photo, Closed = true };
                photo.Paragraphs.AddRange(story.Paragraphs.Skip(p).Take(Math.Min(captionsPerPhoto, run - p)));
                photos.Add(photo);
            }
            story.Paragraphs.RemoveRange(0, run);
            for (var h = 0; h < story.Headings.Count; h++)
                story.Headings[h] = story.Headings[h] with { BeforeParagraph = Math.Max(0, story.Headings[h].BeforeParagraph - run) };
            items.InsertRange(k + 1, photos);
            k += photos.Count;
        }
    }
}
