using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// Reports headed only by the local unit they come from, printed one after another (乔屯街道 / 大里街道 / 河北路街道,
/// 东湖社区 / 西山社区): two or more bare unit names of the same kind on the page are the titles of parallel reports,
/// and a headline printed above the first of them heads the whole page, not its first report.
/// </summary>
internal static class UnitHeadings
{
    private static readonly string[] UnitEndings = ["街道", "社区", "镇", "乡", "村"];
    private const int MinName = 3;
    private const int MaxName = 8;
    // How far from a unit name a sibling is looked for: a report or two of a cut page, not the whole of a long one.
    public const int MaxSiblingDistance = 60;

    /// <summary>The unit ending of a line that is nothing but a unit's name (乔屯街道 → 街道), or null.</summary>
    public static string? Ending(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line);
        if (line.Length is < MinName or > MaxName || !HanCharacters.AreAllHan(line)) return null;
        foreach (var e in UnitEndings)
            if (line.EndsWith(e, StringComparison.Ordinal) && line.Length > e.Length + 1) return e;
        return null;
    }

    /// <summary>Both lines are bare unit names of the same kind (大里街道 and 河北路街道).</summary>
    public static bool AreSiblings(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        Ending(a) is { } ending && ending == Ending(b) && !ChineseText.Trim(a).SequenceEqual(ChineseText.Trim(b));
}
