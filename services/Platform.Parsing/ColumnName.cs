using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// 文明青溪丨在青溪县,听见… : a column's name printed before the headline and set off by a vertical bar (丨, |, ｜, ‖) is
/// the kicker. A bar after the headline (标题 | 某某网) names the site instead, so the name must be short, of Han
/// characters (a couplet's space allowed), and the headline after it no shorter than the name; a line with a second bar is a row of links.
/// </summary>
internal static class ColumnName
{
    private const int MinName = 2;
    private const int MaxName = 12;
    private const int MinHeadline = 6;
    private const string Bars = "丨|｜‖";

    /// <summary>Position of the bar after a column name that opens the line, or -1.</summary>
    public static int BarAt(ReadOnlySpan<char> line)
    {
        var bar = line.IndexOfAny(Bars);
        if (bar < MinName || line[(bar + 1)..].IndexOfAny(Bars) >= 0) return -1;
        var name = ChineseText.Trim(line[..bar]);
        if (name.Length is < MinName or > MaxName) return -1;
        foreach (var c in name)
            if (!HanCharacters.IsHan(c) && !ChineseText.IsSpace(c) && c is not ('·' or '•')) return -1;
        var headline = ChineseText.VisibleLength(line[(bar + 1)..]);
        return headline >= MinHeadline && headline >= ChineseText.VisibleLength(name) ? bar : -1;
    }
}
