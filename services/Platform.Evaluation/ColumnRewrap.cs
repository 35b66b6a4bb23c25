using System.Buffers;
using System.Text;

namespace Platform.Evaluation;

/// <summary>
/// Re-wraps a document the way narrow-column OCR hard-wraps a page, to measure how extraction holds up on such
/// scans (<c>platform eval --rewrap</c>): every line longer than the column width plus <see cref="Slack"/> that
/// holds clause punctuation (body text) is cut into pieces of exactly the width; shorter lines, lines without
/// clause punctuation (headlines, menus) and blank lines stay as they are. Widths count characters (code points).
/// </summary>
public static class ColumnRewrap
{
    /// <summary>A line up to this much longer than the column still fits it, as OCR keeps a slightly long line whole.</summary>
    public const int Slack = 8;

    private static readonly SearchValues<char> ClausePunctuation = SearchValues.Create("。，,");

    /// <summary>The document re-wrapped at <paramref name="width"/> characters; line ends become <c>\n</c>.</summary>
    public static string Rewrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var output = new StringBuilder(text.Length + text.Length / Math.Max(1, width));
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) output.Append('\n');
            AppendLine(output, lines[i], width);
        }
        return output.ToString();
    }

    /// <summary>
    /// The column width of one document: drawn from <paramref name="widths"/> by a stable hash of the seed and the
    /// document's name, so a run is reproducible and each document gets its own width.
    /// </summary>
    public static int WidthFor(string documentName, RewrapWidths widths, int seed)
    {
        ArgumentNullException.ThrowIfNull(documentName);
        // FNV-1a over UTF-8: string.GetHashCode is randomized per process and would make runs unrepeatable.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes($"{seed}:{documentName}"))
            hash = (hash ^ b) * 16777619u;
        return widths.Min + (int)(hash % (uint)(widths.Max - widths.Min + 1));
    }

    private static void AppendLine(StringBuilder output, string line, int width)
    {
        var runes = line.EnumerateRunes().ToArray();
        if (runes.Length <= width + Slack || line.AsSpan().IndexOfAny(ClausePunctuation) < 0)
        {
            output.Append(line);
            return;
        }
        for (var k = 0; k < runes.Length; k++)
        {
            if (k > 0 && k % width == 0) output.Append('\n');
            output.Append(runes[k].ToString());
        }
    }
}
