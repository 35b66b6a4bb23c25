namespace Platform.Parsing;

/// <summary>
/// 某某街道办开展创城工作 / 某某街道: a local unit's bare name set apart under a headline that already names it is the
/// account that wrote the story (its organization byline), not the headline's last line.
/// </summary>
internal static class WriterUnit
{
    private const int MaxUnit = 10;

    /// <summary>True when the last of the title lines (simplified) is such a unit under the lines above it.</summary>
    public static bool Closes(IReadOnlyList<string> titleLines, int gapBeforeLast)
    {
        if (titleLines.Count < 2 || gapBeforeLast < 1) return false;
        var unit = ChineseText.Trim(titleLines[^1]);
        if (unit.Length is < 3 or > MaxUnit || !Platform.Text.HanCharacters.AreAllHan(unit) || !EndsLikeUnit(unit)) return false;
        for (var k = 0; k < titleLines.Count - 1; k++)
            if (titleLines[k].AsSpan().Contains(unit, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool EndsLikeUnit(ReadOnlySpan<char> unit)
    {
        foreach (var ending in BylineParser.LocalUnitEndings)
            if (unit.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }
}
