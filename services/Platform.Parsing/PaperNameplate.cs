using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// A newspaper's nameplate row on an e-paper page: the paper's name followed by the issue date
/// (某某日报 2023年10月23日) or by the edition label (某某日报 数字报纸, 某某日报新媒体). It names the page, never a story,
/// so it is furniture even right under a headline, where it would otherwise pass for the title.
/// </summary>
internal static class PaperNameplate
{
    private static readonly string[] EditionLabels = ["数字报纸", "数字报", "电子报", "电子版", "数字版"];

    // 某某日报新媒体, 某某日报数字报: the label glued to the paper's name, nothing else on the line.
    private static readonly string[] GluedEditionLabels = [.. EditionLabels, "新媒体", "客户端"];

    private static bool IsGluedEdition(ReadOnlySpan<char> line)
    {
        foreach (var label in GluedEditionLabels)
        {
            if (!line.EndsWith(label, StringComparison.Ordinal)) continue;
            var name = line[..^label.Length];
            return name.Length is >= 3 and <= 10 && name[^1] == '报' && HanCharacters.AreAllHan(name);
        }
        return false;
    }

    /// <summary>Length of the paper's name opening the line (某某日报, 某某晚报社), followed by a space; 0 when there is none.</summary>
    private static int NameLength(ReadOnlySpan<char> line)
    {
        var n = 0;
        while (n < line.Length && HanCharacters.IsHan(line[n])) n++;
        if (n is < 3 or > 10 || n >= line.Length || !ChineseText.IsSpace(line[n])) return 0;
        return line[n - 1] == '报' || (line[n - 2] == '报' && line[n - 1] == '社') ? n : 0;
    }

    public static bool IsDated(ReadOnlySpan<char> line)
    {
        var name = NameLength(line);
        if (name == 0) return false;
        var rest = ChineseText.Trim(line[name..]);
        return rest.Length > 0 && char.IsAsciiDigit(rest[0]) && PageChrome.IsDateLine(rest);
    }

    public static bool IsEdition(ReadOnlySpan<char> line)
    {
        var name = NameLength(line);
        if (name == 0) return IsGluedEdition(line);
        var rest = ChineseText.Trim(line[name..]);
        foreach (var label in EditionLabels)
            if (rest.SequenceEqual(label)) return true;
        return false;
    }
}
