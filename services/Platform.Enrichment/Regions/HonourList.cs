using Platform.Enrichment.Gazetteer;

namespace Platform.Enrichment.Regions;

/// <summary>
/// A sentence announcing a city's or county's honour list (4月“某某好人榜”日前揭晓, 某某市道德模范名单公布) is about the unit that
/// awards it: the honourees live all over it, and the one county the text happens to name for one of them does not
/// narrow it.
/// </summary>
internal static class HonourList
{
    private static readonly string[] HonourWords = ["好人", "道德模范", "最美"];

    private static readonly string[] AnnouncementWords = ["揭晓", "发布", "公布", "出炉"];

    /// <summary>True when [start, end) names <paramref name="unit"/>'s honour and announces it after the name.</summary>
    public static bool Announced(List<RegionHit> hits, string text, int start, int end, AdminUnit unit)
    {
        foreach (var hit in hits)
        {
            if (hit.Start < start || hit.End > end || hit.Unit != unit || !NameSurroundings.FollowedByAny(text, hit.End, HonourWords)) continue;
            var rest = text.AsSpan(hit.End, end - hit.End);
            foreach (var word in AnnouncementWords)
                if (rest.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
