using System.Runtime.InteropServices;
using Platform.Contracts.Documents;

namespace Platform.Enrichment.Keywords;

/// <summary>
/// Salient terms from character n-gram statistics (no segmentation dictionary is available here):
/// repeated 2–4 character n-grams that contain no function characters, preferring longer ones and
/// dropping an n-gram when nearly all its occurrences sit inside a longer one (文明实 in 文明实践).
/// </summary>
public static class KeywordExtractor
{
    private const int MinLength = 2;
    private const int MaxLength = 4;
    private const int Top = 10;

    // Function characters never inside a term.
    private const string Breaks = "的了是在和与及等对为将把被从也都而并就这那其之个们我他她它不有以于要让使给向到又还更很已由再所该各每此若即着过";

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "工作", "开展", "进行", "推进", "加强", "积极", "全面", "深入", "充分", "不断", "通过", "同时", "活动", "建设", "发展",
        "提升", "提高", "实现", "形成", "推动", "坚持", "围绕", "进一步", "一步", "今年", "近年", "近年来", "年来", "目前",
        "广泛", "持续", "扎实", "落实", "组织", "相关", "方面", "情况", "作用", "服务", "问题", "重要", "一批", "一个", "以来",
    };

    public static IReadOnlyList<Keyword> Extract(string title, string body)
    {
        var counts = new Dictionary<ulong, int>();
        Count(title ?? "", counts, 2);
        Count(body ?? "", counts, 1);
        var candidates = counts.Where(c => c.Value >= 2 && !Generic.Contains(Decode(c.Key))).ToDictionary(c => c.Key, c => c.Value);
        foreach (var (key, count) in candidates.ToList())
        {
            var length = LengthOf(key);
            if (length <= MinLength) continue;
            // Both (n-1)-grams inside a frequent n-gram are mostly that n-gram: drop them.
            foreach (var part in new[] { key >> 16, key & ((1UL << (16 * (length - 1))) - 1) })
                if (candidates.TryGetValue(part, out var c) && count >= 0.7 * c) candidates[part] = 0;
        }
        var scored = candidates.Where(c => c.Value > 0)
            .Select(c => (Term: Decode(c.Key), Score: c.Value * Math.Pow(LengthOf(c.Key), 1.5)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Take(Top)
            .ToList();
        if (scored.Count == 0) return [];
        var max = scored[0].Score;
        return scored.Select(s => new Keyword(s.Term, Math.Round(s.Score / max, 3))).ToList();
    }

    // n-grams of up to four UTF-16 units packed into a ulong: no string per n-gram while counting.
    private static void Count(string text, Dictionary<ulong, int> counts, int weight)
    {
        var runStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsTermChar(text[i])) continue;
            for (var s = runStart; s < i; s++)
            {
                ulong key = 0;
                for (var n = 1; n <= MaxLength && s + n <= i; n++)
                {
                    key = (key << 16) | text[s + n - 1];
                    if (n >= MinLength) CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += weight;
                }
            }
            runStart = i + 1;
        }
    }

    private static bool IsTermChar(char c) => c is >= '\u4e00' and <= '\u9fff' && !Breaks.Contains(c, StringComparison.Ordinal);

    private static int LengthOf(ulong key)
    {
        var n = 0;
        for (; key != 0; key >>= 16) n++;
        return n;
    }

    private static string Decode(ulong key)
    {
        var n = LengthOf(key);
        var chars = new char[n];
        for (var i = n - 1; i >= 0; i--, key >>= 16) chars[i] = (char)(key & 0xFFFF);
        return new string(chars);
    }
}
