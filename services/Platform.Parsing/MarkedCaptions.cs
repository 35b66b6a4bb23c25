using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// A photo feature: a headlined story whose text opens with a run of picture captions marked ▲ (the pointer papers
/// print under a picture), two or more, before its text proper. The captions are photos of the page and the story
/// keeps the text after them. An unmarked line between two marked ones is a caption that lost its marker, and a
/// line opening with ? lost it to a converter. One marked caption between paragraphs stays the story's picture.
/// A copied social-media post prints its pictures' marked captions among its paragraphs instead (△ caption, prose,
/// △ caption …, headline or not): two or more short marked paragraphs anywhere in a text are its photos too.
/// </summary>
internal static class MarkedCaptions
{
    private const int MinMarked = 2;
    private const string Markers = "▲△";
    private const string LostMarkers = "?？\uFFFD";

    public static void Split(List<DraftItem> items)
    {
        for (var k = 0; k < items.Count; k++)
        {
            var story = items[k];
            if (story.Kind != ArticleKind.Article) continue;
            var run = story.Title is null ? 0 : CaptionRun(story.Paragraphs);
            if (run == 0)
            {
                k += SplitScattered(items, k);
                continue;
            }
            if (run == 0 || story.Headings.Any(h => h.BeforeParagraph > 0 && h.BeforeParagraph < run)) continue;
            var photos = story.Paragraphs.Take(run).Select(caption => Photo(caption, story.Section)).ToList();
            story.Paragraphs.RemoveRange(0, run);
            for (var h = 0; h < story.Headings.Count; h++)
                story.Headings[h] = story.Headings[h] with { BeforeParagraph = Math.Max(0, story.Headings[h].BeforeParagraph - run) };
            items.InsertRange(k + 1, photos);
            k += photos.Count;
        }
    }

    // Marked captions spread among a text's paragraphs: each becomes a photo after the text, its headings kept over the
    // paragraphs they headed. Returns how many photos were inserted.
    private static int SplitScattered(List<DraftItem> items, int k)
    {
        var story = items[k];
        var marked = new List<int>();
        for (var p = 0; p < story.Paragraphs.Count; p++)
            if (Markers.Contains(story.Paragraphs[p][0]) && story.Paragraphs[p].Length > 1 && ChineseText.VisibleLength(story.Paragraphs[p]) <= MaxScatteredCaption)
                marked.Add(p);
        if (marked.Count < MinMarked || marked.Count == story.Paragraphs.Count) return 0;
        var photos = marked.Select(p => Photo(story.Paragraphs[p], story.Section)).ToList();
        for (var m = marked.Count - 1; m >= 0; m--)
        {
            var p = marked[m];
            story.Paragraphs.RemoveAt(p);
            for (var h = 0; h < story.Headings.Count; h++)
                if (story.Headings[h].BeforeParagraph > p)
                    story.Headings[h] = story.Headings[h] with { BeforeParagraph = story.Headings[h].BeforeParagraph - 1 };
        }
        items.InsertRange(k + 1, photos);
        return photos.Count;
    }

    private const int MaxScatteredCaption = 80;

    public static bool IsPointer(char c) => Markers.Contains(c);

    // How many opening paragraphs are captions: up to the last marked one of an unbroken run, with text left after it;
    // only printed markers are counted, so a text whose lines a converter opened with ? is not a feature.
    private static int CaptionRun(List<string> paragraphs)
    {
        int marked = 0, end = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (IsMarked(paragraphs[p]))
            {
                if (Markers.Contains(paragraphs[p][0])) marked++;
                end = p + 1;
            }
            else if (p == 0 || p + 1 >= paragraphs.Count || !IsMarked(paragraphs[p - 1]) || !IsMarked(paragraphs[p + 1])) break;
        }
        return marked >= MinMarked && end < paragraphs.Count ? end : 0;
    }

    private static bool IsMarked(string paragraph) =>
        paragraph.Length > 1 && (Markers.Contains(paragraph[0]) || LostMarkers.Contains(paragraph[0]));

    private static DraftItem Photo(string caption, string? section)
    {
        var photo = new DraftItem { Section = section, Kind = ArticleKind.Photo, Closed = true };
        photo.Paragraphs.Add(caption);
        return photo;
    }
}
