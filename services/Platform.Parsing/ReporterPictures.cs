using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>
/// Pictures a story's own reporter took: untitled credited pictures printed right before or after a signed story,
/// each credited only to persons of that story's byline, illustrate the story (活动现场。通讯员李明摄 over a report by
/// 记者王芳、通讯员李明); they are no photo items. Each caption stays with the story as a heading where it stands, its
/// credit is discarded.
/// </summary>
internal static class ReporterPictures
{
    public static void Fold(List<DraftItem> items, List<DiscardedText> discarded)
    {
        for (var k = 0; k < items.Count; k++)
        {
            var story = items[k];
            if (story.Kind != ArticleKind.Article || story.Authors.Count == 0) continue;
            var first = k;
            while (first > 0 && IsPictureBy(items[first - 1], story)) first--;
            var last = k;
            while (last + 1 < items.Count && IsPictureBy(items[last + 1], story)) last++;
            if (first == k && last == k) continue;
            var before = items.GetRange(first, k - first);
            var after = items.GetRange(k + 1, last - k);
            story.Headings.InsertRange(0, before.Select(p => new Heading(p.Paragraphs[0], 0)));
            story.Headings.AddRange(after.Select(p => new Heading(p.Paragraphs[0], story.Paragraphs.Count)));
            foreach (var raw in before.Concat(after).SelectMany(p => p.BylineRaw)) discarded.Add(new DiscardedText(raw, InlinePicture.CreditReason));
            items.RemoveRange(k + 1, last - k);
            items.RemoveRange(first, k - first);
            k = first;
        }
    }

    private static bool IsPictureBy(DraftItem photo, DraftItem story) =>
        photo.Kind == ArticleKind.Photo && photo.Title is null && photo.Kicker is null && photo.Paragraphs.Count == 1 &&
        !photo.NumberedCaption && photo.Authors.Count > 0 && photo.Authors.TrueForAll(story.Authors.Contains);
}
