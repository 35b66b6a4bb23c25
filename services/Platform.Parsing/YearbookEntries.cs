using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// A yearbook (年鉴) chapter: under the chapter's name, entries each open with a short heading run into the paragraph,
/// before a space (读书活动 举办…) or in brackets (【概况】 全年…). Three or more such paragraphs are the
/// chapter's entries, each an item titled by its heading; paragraphs without a heading go on with the entry above them.
/// The chapter's name heads no text of its own when the first paragraph is an entry: it is then a section header.
/// </summary>
internal static class YearbookEntries
{
    private const int MinEntries = 3;
    private const int MinHeading = 2;
    private const int MaxHeading = 12;

    public static void Split(List<DraftItem> items, List<DiscardedText> discarded)
    {
        for (var k = items.Count - 1; k >= 0; k--)
        {
            var chapter = items[k];
            if (chapter.Kind != ArticleKind.Article || chapter.HasByline || chapter.Headings.Count > 0) continue;
            var starts = chapter.Paragraphs.Select(p => HeadingEnd(SimplifiedChinese.Convert(p))).ToList();
            if (starts.Count(s => s > 0) < MinEntries) continue;
            var entries = new List<DraftItem>();
            var keep = 0;
            for (var p = 0; p < chapter.Paragraphs.Count; p++)
            {
                var paragraph = chapter.Paragraphs[p];
                if (starts[p] > 0)
                {
                    var (title, body) = Cut(paragraph, starts[p], discarded);
                    var entry = new DraftItem { Section = chapter.Section, Title = title, Closed = true };
                    entry.Paragraphs.Add(body);
                    entries.Add(entry);
                }
                else if (entries.Count > 0) entries[^1].Paragraphs.Add(paragraph);
                else keep++;
            }
            chapter.Paragraphs.RemoveRange(keep, chapter.Paragraphs.Count - keep);
            if (keep == 0 && chapter.Kicker is null && chapter.Subtitle is null)
            {
                if (chapter.Title is not null) discarded.Add(new DiscardedText(chapter.Title, DiscardReasons.SectionHeader));
                items.RemoveAt(k);
                items.InsertRange(k, entries);
            }
            else items.InsertRange(k + 1, entries);
        }
    }

    // Where the paragraph's text starts after its run-in heading, or 0.
    private static int HeadingEnd(string simple)
    {
        if (simple.Length > 2 && simple[0] == '【')
        {
            var close = simple.IndexOf('】');
            if (close < 1 + MinHeading || close > MaxHeading + 1 || !HanCharacters.AreAllHan(simple.AsSpan(1, close - 1))) return 0;
            return IsEntryText(simple.AsSpan(close + 1)) ? close + 1 : 0;
        }
        var space = simple.IndexOfAny([' ', '\u3000']);
        if (space < MinHeading + 2 || space > MaxHeading || !HanCharacters.AreAllHan(simple.AsSpan(0, space))) return 0;
        return IsEntryText(simple.AsSpan(space)) ? space : 0;
    }

    // The entry's text: a sentence with clause punctuation right after the heading.
    private static bool IsEntryText(ReadOnlySpan<char> rest)
    {
        rest = ChineseText.Trim(rest);
        return rest.Length > MaxHeading && ChineseText.HasClauseMark(rest);
    }

    // 【概况】 全年…: the heading without its brackets (they go as markers), the text after the space.
    private static (string Title, string Body) Cut(string paragraph, int end, List<DiscardedText> discarded)
    {
        var body = SourceLedger.Trim(SourceLedger.Slice(paragraph, end));
        if (paragraph[0] != '【') return (SourceLedger.Trim(SourceLedger.Slice(paragraph, 0, end)), body);
        discarded.Add(new DiscardedText(SourceLedger.Slice(paragraph, 0, 1), DiscardReasons.Marker));
        discarded.Add(new DiscardedText(SourceLedger.Slice(paragraph, end - 1, 1), DiscardReasons.Marker));
        return (SourceLedger.Slice(paragraph, 1, end - 2), body);
    }
}
