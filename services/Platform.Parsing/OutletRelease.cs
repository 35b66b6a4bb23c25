using Platform.Text;

namespace Platform.Parsing;

/// <summary>
/// 新华社发, 某某网发: a picture credit naming only the outlet that released the picture (发 = released by), printed
/// after a caption like a photographer's credit. It credits no person. Read in simplified characters.
/// </summary>
internal static class OutletRelease
{
    private const int MaxOutlet = 10;
    private static readonly char[] OutletEnds = ['社', '网', '报', '台'];

    /// <summary>True when the whole credit is an outlet's name followed by 发.</summary>
    public static bool IsCredit(ReadOnlySpan<char> credit)
    {
        var c = ChineseText.Trim(credit).TrimEnd("。");
        if (c.Length < 3 || c.Length > MaxOutlet + 1 || c[^1] != '发' || Array.IndexOf(OutletEnds, c[^2]) < 0) return false;
        foreach (var ch in c)
            if (!HanCharacters.IsHan(ch)) return false;
        return true;
    }
}
