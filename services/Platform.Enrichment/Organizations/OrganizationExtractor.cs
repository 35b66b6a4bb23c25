using System.Buffers;
using System.Collections.Frozen;
using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Enrichment.Organizations;

/// <summary>
/// Organizations: runs of characters ending in an institutional suffix (文明办, 宣传部, 委员会, 中心,
/// 局, 公司…), trimmed on the left to where the name plausibly starts.
/// </summary>
public static class OrganizationExtractor
{
    // Longest first, so 综合行政执法局 is not cut at 局 of a shorter suffix.
    private static readonly string[] Suffixes =
    [
        "有限公司", "委员会", "联合会", "文明办", "宣传部", "办公室", "指挥部", "工作室", "服务队", "救援队", "志愿队",
        "基金会", "研究院", "研究会", "中心", "公司", "集团", "协会", "支行", "分行", "银行", "医院", "学校", "小学", "中学",
        "大学", "学院", "团委", "党委", "政府", "法院", "检察院", "执法所", "文明委", "少工委", "工会", "妇联", "局",
    ];

    // Where a name cannot extend further left: punctuation and function words.
    private const string LeftStops = "的了是在和与及、，,。；;：:（）()《》“”\"'！？!? \n由向对把将被从为到于以等也并即让使给经";

    // Generic words that are not names on their own (中心 of 中心工作, 局 of 大局).
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "中心", "中心工作", "大局", "格局", "布局", "全局", "当局", "结局", "政府", "医院", "学校", "公司", "银行", "工会",
        "重心", "核心", "信心", "决心", "爱心", "开局", "新局", "变局", "破局", "办公室",
    };

    private const int MaxLength = 18;

    public static IReadOnlyList<OrganizationMention> Extract(string text, Byline? byline)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new Dictionary<string, (int Count, int Offset)>(StringComparer.Ordinal);
        void Add(string name, int offset)
        {
            if (name.Length < 3 || NotNames.Contains(name)) return;
            found[name] = found.TryGetValue(name, out var f) ? (f.Count + 1, f.Offset) : (1, offset);
        }
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(SuffixStarts);
            if (skip < 0) break;
            i += skip;
            var suffix = SuffixAt(text, i);
            if (suffix is null) continue;
            var end = i + suffix.Length;
            if (i > 0 && NotNamesBySpan.Contains(text.AsSpan(i - 1, end - i + 1))) continue; // 大局, 开创新局
            if (end < text.Length && SuffixAt(text, end) is not null) continue; // 委员会办公室: take the longer name
            var start = i;
            while (start > 0 && end - start < MaxLength && !LeftStops.Contains(text[start - 1], StringComparison.Ordinal) && HanCharacters.IsHan(text[start - 1]))
                start--;
            start = TrimVerbs(text, start, i);
            Add(text[start..end], start);
            i = end - 1;
        }
        if (byline?.Organization is { Length: > 0 } organization && !found.ContainsKey(organization))
            found[organization] = (Math.Max(1, CountOf(text, organization)), text.IndexOf(organization, StringComparison.Ordinal));
        return found.Select(f => new OrganizationMention(f.Key, f.Value.Count, f.Value.Offset)).OrderBy(o => o.Offset).ToList();
    }

    private static readonly SearchValues<char> SuffixStarts = SearchValues.Create(Suffixes.Select(x => x[0]).Distinct().ToArray());

    // The suffixes by first character, longest first as in Suffixes: a position is compared with the one to three
    // that can start there instead of all of them (中, 大, 学, 公 and 工 start suffixes and fill Chinese texts).
    private static readonly FrozenDictionary<char, string[]> SuffixesByStart =
        Suffixes.GroupBy(x => x[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    // The generic words, looked up by the text's span without cutting a string from it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNamesBySpan = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Heads = ["共青团", "中共", "中国", "全国", "省", "市", "区", "县"];

    private static readonly string[] LeadingVerbs = ["收到", "召开", "联合", "成立", "组织", "依托", "通过", "来自", "协调", "举办", "开展", "走进", "参观", "推动"];

    private static string? SuffixAt(string text, int i)
    {
        if (!SuffixesByStart.TryGetValue(text[i], out var suffixes)) return null;
        foreach (var suffix in suffixes)
            if (string.CompareOrdinal(text, i, suffix, 0, suffix.Length) == 0 && i + suffix.Length <= text.Length) return suffix;
        return null;
    }

    // Drop a leading verb phrase (收到共青团… → 共青团…; 召开…): names start at a known head or at a place name.
    private static int TrimVerbs(string text, int start, int suffixStart)
    {
        foreach (var head in Heads)
        {
            var at = text.IndexOf(head, start, suffixStart - start, StringComparison.Ordinal);
            if (at > start && head.Length > 1) return at;
        }
        foreach (var verb in LeadingVerbs)
        {
            var at = text.IndexOf(verb, start, suffixStart - start, StringComparison.Ordinal);
            if (at >= start && at + verb.Length < suffixStart) start = at + verb.Length;
        }
        return start;
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

}
