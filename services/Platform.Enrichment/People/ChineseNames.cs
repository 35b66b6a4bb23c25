using Platform.Text;

namespace Platform.Enrichment.People;

/// <summary>What a Chinese personal name looks like: a common surname and one or two given-name characters.</summary>
public static class ChineseNames
{
    public static bool LooksLikeName(string candidate)
    {
        if (candidate.Length is < 2 or > 4 || !HanCharacters.AreAllHan(candidate)) return false;
        return ChineseSurnames.SurnameLength(candidate) switch
        {
            2 => candidate.Length >= 3,
            1 => candidate.Length <= 3,
            _ => false,
        };
    }
}
