using Platform.Text;
using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>Places printed as a list (山西晋城、忻州, 卢龙县潘庄镇、抚宁县): such a list is about the unit its places share.</summary>
internal static class ListedPlaces
{
    // 晋城、忻州 or 晋城和忻州: the second name follows the first after one listing character (spaces aside), or after
    // the first's town or village (卢龙县潘庄镇、抚宁县).
    public static bool Listed(string text, RegionHit first, RegionHit second)
    {
        var end = second.Start;
        while (end > first.End && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == first.End || !NameRules.ListSeparators.Contains(text[end - 1], StringComparison.Ordinal)) return false;
        end--;
        while (end > first.End && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == first.End) return true;
        return end - first.End <= NameRules.MaxListedPlaceLength && HanCharacters.AreAllHan(text.AsSpan(first.End, end - first.End))
            && EndsWithPlaceWord(text, end);
    }

    public static bool EndsWithPlaceWord(string text, int end)
    {
        foreach (var word in NameRules.TownWords)
            if (NameSurroundings.PrecededBy(text, end, word)) return true;
        return text[end - 1] == '村';
    }

    // The nearest unit both lie in, when neither lies in the other.
    public static AdminUnit? SharedParent(AdminUnit a, AdminUnit b)
    {
        if (a == b || a.IsWithin(b) || b.IsWithin(a)) return null;
        for (var u = a.Parent; u is not null; u = u.Parent)
            if (b.IsWithin(u)) return u;
        return null;
    }
}
