using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// An opening that speaks for its province (我省, 全省) and names no place is about the province, when every unit the text
/// names lies in one province: the counties and schools of a provincial roundup (我省推荐的上榜好人中…千阳某中学学生) are its
/// examples. An opening that also speaks for a city or county (我市在全省率先, 我县) keeps to the usual order.
/// </summary>
internal static class OurProvince
{
    private static readonly string[] ProvinceWords = ["我省", "全省"];

    private static readonly string[] LocalWords = ["我市", "全市", "我县", "全县", "我区", "全区"];

    /// <summary>The province every hit lies in, when the opening [start, end) speaks for a province and no lower unit.</summary>
    public static AdminUnit? Of(List<RegionHit> hits, string text, int start, int end)
    {
        var opening = text.AsSpan(start, end - start);
        if (!ContainsAny(opening, ProvinceWords) || ContainsAny(opening, LocalWords)) return null;
        AdminUnit? province = null;
        foreach (var hit in hits)
        {
            if (province is not null && hit.Unit.Province != province) return null;
            province = hit.Unit.Province;
        }
        return province;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
            if (text.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }
}
