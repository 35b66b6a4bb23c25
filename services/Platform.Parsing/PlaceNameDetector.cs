namespace Platform.Parsing;

/// <summary>
/// Tells whether a line opens with a place name (天津市, 青海同仁县, 安徽淮北…). Story titles on these pages
/// almost always start with the place they report from; in-article headings almost never do.
/// </summary>
internal static class PlaceNameDetector
{
    private static readonly string[] Provinces =
    [
        "北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
        "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "西藏",
        "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾",
    ];

    private const string Suffixes = "省市区县州旗盟";

    // Common nouns ending like a place (示范区, 开发区…) that open headings, not datelines.
    private static readonly string[] NotPlaces =
        ["示范区", "开发区", "保护区", "试验区", "自贸区", "新城区", "老城区", "中心城区", "风景区", "旅游区", "生活区", "居住区", "核心区", "先行区", "集聚区", "功能区"];

    public static bool StartsWithPlace(ReadOnlySpan<char> line)
    {
        line = ChineseText.Trim(line).TrimStart("“\"《「");
        foreach (var p in Provinces)
            if (line.StartsWith(p, StringComparison.Ordinal)) return true;
        var limit = Math.Min(line.Length, 9);
        for (var i = 2; i < limit; i++)
        {
            var c = line[i];
            if (!ChineseText.IsCjk(c)) return false;
            if (!Suffixes.Contains(c)) continue;
            var candidate = line[..(i + 1)];
            foreach (var n in NotPlaces)
                if (candidate.EndsWith(n, StringComparison.Ordinal)) return false;
            return true;
        }
        return false;
    }

    /// <summary>Place names (two to six characters plus an administrative suffix) mentioned in the text.</summary>
    public static IEnumerable<string> PlacesIn(string text)
    {
        for (var i = 2; i < text.Length; i++)
        {
            if (!Suffixes.Contains(text[i])) continue;
            var start = i;
            while (start > 0 && i - start < 6 && ChineseText.IsCjk(text[start - 1]) && !Suffixes.Contains(text[start - 1])) start--;
            if (i - start >= 2) yield return text.Substring(start, i - start + 1);
        }
    }
}
