using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// A 供稿 field under a story: 供稿:某某乡, 供稿单位:某区文明办 (the unit that contributed the story: its organization),
/// 供稿:某街道 李四 (the unit and its writer) or 供稿:李四 (the writer). The field ends at the next label or a wide gap,
/// so 供稿:某某乡 来源:某某网 reads the same.
/// </summary>
internal static class ContributingUnit
{
    // Longest first: 供稿单位 is not 供稿 followed by a value.
    private static readonly string[] Labels = ["供稿单位", "供稿"];

    // Endings of a unit's name that may contribute a story besides the organization endings BylineParser knows: a
    // place's government by the place's name (某某县, 某某区, as well as 某某镇, 某某社区) or in full (某某镇人民政府).
    private const string UnitEndings = "省市区县旗府";

    /// <summary>Where the field's value starts (after its label) and how long it is; false when the line opens with no 供稿 field.</summary>
    public static bool TryRead(ReadOnlySpan<char> line, out int valueStart, out int valueLength)
    {
        valueStart = valueLength = 0;
        if (LabelEnd(line) is not (var end and > 0)) return false;
        while (end < line.Length && ChineseText.IsSpace(line[end])) end++;
        var fieldEnd = MetaAuthors.FieldEnd(line, end);
        var value = ChineseText.Trim(line[end..fieldEnd]);
        if (value.Length == 0) return false;
        (valueStart, valueLength) = (end, value.Length);
        return true;
    }

    /// <summary>True when the value names a unit alone (no writer): the story's organization.</summary>
    public static bool IsUnit(ReadOnlySpan<char> value)
    {
        value = ChineseText.Trim(value);
        if (value.Length is < 3 or > 30 || !HanCharacters.AreAllHan(value) || PersonNames.IsNameLine(value)) return false;
        return BylineParser.IsUnitName(value) || UnitEndings.Contains(value[^1]);
    }

    private static int LabelEnd(ReadOnlySpan<char> line)
    {
        foreach (var label in Labels)
        {
            if (!line.StartsWith(label, StringComparison.Ordinal)) continue;
            var j = label.Length;
            while (j < line.Length && line[j] == ' ') j++;
            return j < line.Length && line[j] is ':' or '：' ? j + 1 : -1;
        }
        return -1;
    }
}
