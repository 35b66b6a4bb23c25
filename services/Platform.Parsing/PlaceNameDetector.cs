using Platform.Text;
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
            if (line.StartsWith(p, StringComparison.Ordinal)) return !IsProvincialOutlet(line[p.Length..]);
        var limit = Math.Min(line.Length, 9);
        for (var i = 2; i < limit; i++)
        {
            var c = line[i];
            if (!HanCharacters.IsHan(c)) return false;
            if (!Suffixes.Contains(c)) continue;
            var candidate = line[..(i + 1)];
            foreach (var n in NotPlaces)
                if (candidate.EndsWith(n, StringComparison.Ordinal)) return false;
            foreach (var n in NotPlaceEndings)
                if (candidate.EndsWith(n, StringComparison.Ordinal)) return false;
            return true;
        }
        return false;
    }

    private static readonly string[] OutletKinds = ["日报", "卫视", "电视台", "广播", "在线", "新闻网"];

    // 某省日报与团省委联合发起…: a province's paper or broadcaster opens the line, not the place it reports from.
    private static bool IsProvincialOutlet(ReadOnlySpan<char> rest)
    {
        foreach (var o in OutletKinds)
            if (rest.StartsWith(o, StringComparison.Ordinal)) return true;
        return false;
    }

    // Province-level suffixes, longest first ("宁夏回族自治区", "广西壮族自治区", "北京市", "陕西省").
    private static readonly string[] ProvinceSuffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"];

    private const string SubSuffixes = "市县区旗州盟";

    // A suffix character followed by one of these is a common word, not a place (市场, 市民, 县城, 区域, 旗帜…).
    private static readonly string[] NotSuffixWords =
        ["市场", "市民", "市容", "市政", "市值", "市面", "市井", "市级", "市委", "县城", "县域", "县级", "县委", "区域", "区别", "区分", "区块", "区级", "区委", "旗帜", "旗下", "旗舰", "州府", "盟友", "盟约"];

    // The last character of the name and its suffix forming a common word (社区, 全市, 超市, 党旗…). 门市 is no such
    // word here: 厦门市, 江门市, 荆门市 and 天门市 are cities.
    private static readonly string[] NotPlaceEndings =
    [
        "社区", "小区", "园区", "景区", "校区", "片区", "辖区", "地区", "山区", "灾区", "市区", "学区", "商区", "老区", "矿区", "厂区", "营区",
        "库区", "苏区", "军区", "战区", "选区", "专区", "街区", "划区", "分区", "政区", "新区", "治区", "发区", "范区", "护区", "验区", "贸区",
        "游区", "活区", "住区", "心区", "行区", "聚区", "能区", "主城区", "新城区", "老城区", "对城区", "自城区", "在城区",
        "都市", "超市", "夜市", "股市", "楼市", "上市", "街市", "集市", "菜市", "花市", "早市", "灯市", "级市",
        "全市", "各市", "本市", "该市", "每市", "全县", "各县", "本县", "该县", "每县", "郡县", "治县", "全区", "各区", "本区", "该区", "每区",
        "全旗", "各旗", "神州", "九州", "治州", "联盟", "加盟", "同盟", "结盟",
        "红旗", "党旗", "国旗", "团旗", "队旗", "锦旗", "彩旗", "授旗", "升旗", "举旗", "军旗", "治旗",
    ];

    // Characters that end a phrase like 每个县, 全市, 各区 rather than a place name.
    private const string NotCoreEnds = "个每各全本该";

    // Prepositions and conjunctions before a name at a clause start (由银川市…, 与甘孜州…).
    private const string Particles = "由与和在对自从向将把为让据及";

    private static readonly string[] Municipalities = ["北京", "天津", "上海", "重庆"];

    /// <summary>
    /// Places named in the text as (province, core) pairs: a province (陕西省, 宁夏回族自治区, 北京市, 安徽淮北…) and the
    /// county-, city- or district-level names chained after it (陕西省合阳县 → 陕西 + 合阳; 大同市平城区 → 大同, 平城),
    /// or a name of two to four characters plus 市/县/区/旗/州/盟 at a boundary (start of text, after punctuation).
    /// The core has no suffix, so 合阳县 in a body matches 合阳 in a title. A province alone has a null core;
    /// a municipality (北京, 上海…) is its own core. A heuristic without a gazetteer: callers use it as evidence only.
    /// </summary>
    public static List<(string? Province, string? Core)> Places(ReadOnlySpan<char> text)
    {
        var found = new List<(string?, string?)>(2);
        string? province = null;
        var after = '省'; // the suffix of the last place when chained, which limits the next level
        var chained = false;
        var i = 0;
        while (i < text.Length)
        {
            var rest = text[i..];
            // Boundaries: the start, after punctuation or a clause-initial particle (,由银川市…). Not after a number:
            // that is a count (120余个社区, 2024年江南区).
            var boundary = (i > 0 && Particles.Contains(text[i - 1]) && (i == 1 || !HanCharacters.IsHan(text[i - 2]))) || i == 0 || (!HanCharacters.IsHan(text[i - 1]) && !char.IsAsciiDigit(text[i - 1]));
            var p = ProvinceAt(rest, boundary, out var used);
            if (p is not null)
            {
                province = p;
                found.Add((p, Array.IndexOf(Municipalities, p) >= 0 ? p : null));
                i += used;
                chained = true;
                after = '省';
                continue;
            }
            if (boundary && !chained && rest.Length > 3 && Particles.Contains(rest[0]) && SubPlaceAt(rest[1..]) > 0)
            {
                i++;
                continue; // the name after the particle is at a boundary
            }
            if ((chained || boundary) && SubPlaceAt(rest) is var length and > 0 && (!chained || Nests(after, rest[length])))
            {
                found.Add((chained ? province : null, rest[..length].ToString()));
                after = rest[length];
                i += length + 1;
                chained = true;
                continue;
            }
            chained = false;
            province = null;
            i++;
        }
        return found;
    }

    // 州 may be inside a name (沧州市, 杭州市); the other suffixes end it.
    private static bool IsCoreChar(char c) => HanCharacters.IsHan(c) && (c == '州' || !Suffixes.Contains(c));

    // 省 → any level; 市 → its districts and counties; 州/盟 → cities, counties and banners; a county ends the chain.
    private static bool Nests(char parent, char child) => parent switch
    {
        '省' => true,
        '市' => child is '区' or '县' or '旗',
        '州' or '盟' => child is '市' or '县' or '旗',
        _ => false,
    };

    private static string? ProvinceAt(ReadOnlySpan<char> s, bool boundary, out int used)
    {
        used = 0;
        foreach (var p in Provinces)
        {
            if (!s.StartsWith(p, StringComparison.Ordinal)) continue;
            var next = s[p.Length..];
            foreach (var suffix in ProvinceSuffixes)
            {
                if (!next.StartsWith(suffix, StringComparison.Ordinal)) continue;
                used = p.Length + suffix.Length;
                return p;
            }
            // 安徽淮北…, 湖南衡阳市: a province name without its suffix, at a boundary or directly followed by a place.
            if (boundary || SubPlaceAt(next) > 0)
            {
                used = p.Length;
                return p;
            }
        }
        return null;
    }

    /// <summary>Length of the core of a 2–4 character name plus a county/city/district suffix at the start of s, or 0.</summary>
    private static int SubPlaceAt(ReadOnlySpan<char> s)
    {
        if (s.Length < 3 || !IsCoreChar(s[0])) return 0;
        for (var len = 2; len <= 4 && len < s.Length; len++)
        {
            var c = s[len - 1];
            if (!IsCoreChar(c)) return 0;
            if (!SubSuffixes.Contains(s[len])) continue;
            if (NotCoreEnds.Contains(c)) return 0;
            var name = s[..(len + 1)];
            foreach (var n in NotPlaceEndings)
                if (name.EndsWith(n, StringComparison.Ordinal)) return 0;
            if (len > 2 && c == '城') return 0; // 提升城市, 开展城区 (but 晋城市, 平城区)
            var word = s[len..Math.Min(s.Length, len + 2)];
            foreach (var w in NotSuffixWords)
                if (word.SequenceEqual(w)) return 0;
            return len;
        }
        return 0;
    }
}
