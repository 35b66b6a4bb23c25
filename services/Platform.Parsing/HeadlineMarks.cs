using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// Marks the content lines the source document set as headlines (<see cref="HeadlineHints"/>), so the classifier takes
/// them as title-shaped even with a comma or beyond the typeset length. A line matches a hint when it is the hint, or
/// a piece of it (a headline wrapped over lines), compared without whitespace and with width folded.
/// </summary>
internal static class HeadlineMarks
{
    // Shorter pieces ("图", "一") would match inside any hint.
    private const int MinPieceLength = 6;

    public static void Apply(List<PageLine> lines, string text, HeadlineHints hints)
    {
        if (hints.Headlines.Count == 0 && hints.Title is null) return;
        var keys = hints.Headlines.Append(hints.Title ?? "").Select(CompactText.Of).Where(k => k.Length > 0).ToArray();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = CompactText.Of(lines[i].Span(text).ToString());
            if (keys.Any(k => k == line || (line.Length >= MinPieceLength && k.Contains(line, StringComparison.Ordinal))))
                lines[i] = lines[i] with { Marks = lines[i].Marks | LineMarks.Headline };
        }
    }
}
