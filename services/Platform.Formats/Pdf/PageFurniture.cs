using System.Text.RegularExpressions;

namespace Platform.Formats.Pdf;

/// <summary>
/// Page numbers and running heads: lines in the top or bottom margin that are a page number ("- 3 -", "第 3 页",
/// "3/12"), or that repeat (digits aside) in the margin of most pages. On the first page they are kept: there a
/// running head is the masthead.
/// </summary>
internal static partial class PageFurniture
{
    private const double Margin = 0.08;

    /// <summary>
    /// Removes furniture lines from <paramref name="pages"/> (each a page height and its blocks); returns how many.
    /// After the first page a margin line in smaller type than the body is furniture too: a two-page document
    /// repeats its running head only once.
    /// </summary>
    public static int Remove(IReadOnlyList<(double Height, List<List<PdfLine>> Blocks)> pages, double bodySize)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var pagesWithKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var line in pages[p].Blocks.SelectMany(b => b))
            {
                if (InMargin(line, pages[p].Height)) (pagesWithKey.TryGetValue(Key(line.Text), out var set) ? set : pagesWithKey[Key(line.Text)] = []).Add(p);
            }
        }
        var running = pagesWithKey.Where(kv => kv.Value.Count >= 2 && kv.Value.Count * 2 >= pages.Count).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var block in pages[p].Blocks)
            {
                removed += block.RemoveAll(line => InMargin(line, pages[p].Height)
                    && (IsPageNumber(line.Text) || p > 0 && (running.Contains(Key(line.Text)) || line.FontSize < 0.95 * bodySize)));
            }
            pages[p].Blocks.RemoveAll(b => b.Count == 0);
        }
        return removed;
    }

    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text);

    private static bool InMargin(PdfLine line, double height) => line.Bounds.Bottom > height * (1 - Margin) || line.Bounds.Top < height * Margin;

    private static string Key(string text) => Digits().Replace(text, "#");

    [GeneratedRegex(@"^[\s\-—–·•]*(第\s*)?\d{1,4}(\s*页)?(\s*/\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-—–·•]*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
