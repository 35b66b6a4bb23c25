using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// Reports printed one after another: inside a signed story, a heading over a paragraph that opens with its own
/// reporter credit (通讯员李明王芳 5月3日,…) heads the next report, since a credit opens a report and never a section
/// of one. The report takes the heading as its title and the credit as its byline.
/// </summary>
internal static class CreditedSections
{
    private const int MinNames = 2;
    private const int MaxNames = 16;
    private static readonly string[] Roles = ["通讯员", "记者"];

    public static void Split(List<DraftItem> items)
    {
        for (var k = items.Count - 1; k >= 0; k--)
        {
            var story = items[k];
            if (story.Kind != ArticleKind.Article || !story.HasByline) continue;
            for (var h = story.Headings.Count - 1; h >= 0; h--)
            {
                var at = story.Headings[h].BeforeParagraph;
                if (at < 1 || at >= story.Paragraphs.Count) continue;
                var end = CreditEnd(SimplifiedChinese.Convert(story.Paragraphs[at]));
                if (end > 0) items.Insert(k + 1, CutReport(story, h, end));
            }
        }
    }

    /// <summary>Where a credit opening a paragraph ends (at the dateline's first digit), or 0.</summary>
    public static int CreditEnd(string simple)
    {
        var role = Array.Find(Roles, r => simple.StartsWith(r, StringComparison.Ordinal));
        if (role is null) return 0;
        var end = simple.AsSpan().IndexOfAnyInRange('0', '9');
        if (end < 0) return 0;
        var names = ChineseText.Trim(simple.AsSpan(role.Length, end - role.Length));
        return names.Length is >= MinNames and <= MaxNames && IsNameRun(names) ? end : 0;
    }

    // 李明 王芳, 李明王芳: Han names, spaced or run together.
    private static bool IsNameRun(ReadOnlySpan<char> names)
    {
        foreach (var c in names)
            if (!HanCharacters.IsHan(c) && !ChineseText.IsSpace(c)) return false;
        return true;
    }

    private static DraftItem CutReport(DraftItem story, int h, int end)
    {
        var report = story.CutTail(story.Headings[h].BeforeParagraph, h);
        report.Title = report.Headings[0].Text;
        report.Headings.RemoveAt(0);
        report.Closed = true;
        var lead = report.Paragraphs[0];
        report.AddByline(BylineParser.Names(Twin.Of(SourceLedger.Slice(lead, 0, end), SimplifiedChinese.Convert(lead)[..end])));
        report.Paragraphs[0] = SourceLedger.Slice(lead, end);
        return report;
    }
}
