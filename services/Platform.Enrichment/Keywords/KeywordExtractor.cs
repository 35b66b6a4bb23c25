using Platform.Contracts.Documents;
using Platform.Text;

namespace Platform.Enrichment.Keywords;

/// <summary>
/// Salient terms from character n-gram statistics (no segmentation dictionary is available here):
/// repeated 2–4 character n-grams that contain no function characters, preferring longer ones and
/// dropping an n-gram when nearly all its occurrences sit inside a longer one (文明实 in 文明实践).
/// </summary>
/// <remarks>
/// n-grams are packed four UTF-16 units to a ulong and counted in a per-thread open-addressing table,
/// so counting allocates nothing; only the (at most ten) chosen terms become strings.
/// </remarks>
public static class KeywordExtractor
{
    private const int MinLength = 2;
    private const int MaxLength = 4;
    private const int Top = 10;
    private const int MaxRetainedSlots = 1 << 18;

    // Function characters never inside a term.
    private const string Breaks = "的了是在和与及等对为将把被从也都而并就这那其之个们我他她它不有以于要让使给向到又还更很已由再所该各每此若即着过";

    private static readonly string[] GenericWords =
    [
        "工作", "开展", "进行", "推进", "加强", "积极", "全面", "深入", "充分", "不断", "通过", "同时", "活动", "建设", "发展",
        "提升", "提高", "实现", "形成", "推动", "坚持", "围绕", "进一步", "一步", "今年", "近年", "近年来", "年来", "目前",
        "广泛", "持续", "扎实", "落实", "组织", "相关", "方面", "情况", "作用", "服务", "问题", "重要", "一批", "一个", "以来",
    ];

    // The generic words packed like counted n-grams.
    private static readonly HashSet<ulong> Generic = [.. GenericWords.Select(Pack)];

    // Term characters: CJK ideographs that are not function characters.
    private static readonly CharacterBitmap TermChars = new(c => c is >= '\u4e00' and <= '\u9fff' && !Breaks.Contains(c, StringComparison.Ordinal));

    // Math.Pow(length, 1.5) for the n-gram lengths, as the score has always used it.
    private static readonly double[] LengthWeight = [0, Math.Pow(1, 1.5), Math.Pow(2, 1.5), Math.Pow(3, 1.5), Math.Pow(4, 1.5)];

    [ThreadStatic] private static NGramTable? t_table;

    public static IReadOnlyList<Keyword> Extract(string title, string body)
    {
        var table = t_table ??= new NGramTable();
        table.Clear();
        Count(title ?? "", table, 2);
        Count(body ?? "", table, 1);
        var keys = table.Keys;
        var values = table.Values;
        var used = table.Used;
        var usedCount = table.Count;

        // Candidates are n-grams seen at least twice that are not generic words; mark the generic ones
        // (value 1 = "not a candidate") so later lookups need no set probe.
        for (var u = 0; u < usedCount; u++)
        {
            var slot = used[u];
            if (values[slot] >= 2 && Generic.Contains(keys[slot])) values[slot] = 1;
        }
        // Both (n-1)-grams inside a frequent n-gram are mostly that n-gram: drop them (negative = dropped,
        // the original count kept in the magnitude because longer n-grams are judged by their own count).
        for (var u = 0; u < usedCount; u++)
        {
            var slot = used[u];
            var count = Math.Abs(values[slot]);
            if (count < 2) continue;
            var key = keys[slot];
            var length = LengthOf(key);
            if (length <= MinLength) continue;
            Drop(table, key >> 16, count);
            Drop(table, key & ((1UL << (16 * (length - 1))) - 1), count);
        }

        Span<ulong> topKeys = stackalloc ulong[Top];
        Span<double> topScores = stackalloc double[Top];
        var found = 0;
        for (var u = 0; u < usedCount; u++)
        {
            var slot = used[u];
            var count = values[slot];
            if (count < 2) continue;
            var key = keys[slot];
            var score = count * LengthWeight[LengthOf(key)];
            // Insert into the sorted top list: score descending, then term ordinal ascending.
            var at = found;
            while (at > 0 && Before(score, key, topScores[at - 1], topKeys[at - 1])) at--;
            if (at >= Top) continue;
            var last = Math.Min(found, Top - 1);
            for (var j = last; j > at; j--)
            {
                topScores[j] = topScores[j - 1];
                topKeys[j] = topKeys[j - 1];
            }
            topScores[at] = score;
            topKeys[at] = key;
            if (found < Top) found++;
        }
        if (table.Keys.Length > MaxRetainedSlots) t_table = null; // do not keep a huge article's table alive
        if (found == 0) return [];
        var max = topScores[0];
        var result = new Keyword[found];
        for (var j = 0; j < found; j++) result[j] = new Keyword(Decode(topKeys[j]), Math.Round(topScores[j] / max, 3));
        return result;
    }

    private static void Drop(NGramTable table, ulong part, int count)
    {
        ref var c = ref table.Find(part);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref c) || c < 2) return; // not a candidate, or already dropped
        if (count >= 0.7 * c) c = -c;
    }

    private static bool Before(double score, ulong key, double otherScore, ulong otherKey) =>
        score > otherScore || (score == otherScore && CompareOrdinal(key, otherKey) < 0);

    // Ordinal comparison of the packed terms, as string.CompareOrdinal would order their texts.
    private static int CompareOrdinal(ulong a, ulong b)
    {
        int la = LengthOf(a), lb = LengthOf(b);
        for (var i = 0; i < Math.Min(la, lb); i++)
        {
            var ca = (char)(a >> (16 * (la - 1 - i)));
            var cb = (char)(b >> (16 * (lb - 1 - i)));
            if (ca != cb) return ca - cb;
        }
        return la - lb;
    }

    // n-grams of up to four UTF-16 units packed into a ulong: no string per n-gram while counting.
    private static void Count(string text, NGramTable table, int weight)
    {
        var termChars = TermChars;
        var i = 0;
        while (i < text.Length)
        {
            if (!termChars.Contains(text[i]))
            {
                i++;
                continue;
            }
            var runStart = i;
            while (i < text.Length && termChars.Contains(text[i])) i++;
            for (var s = runStart; s < i - 1; s++)
            {
                ulong key = text[s];
                var last = Math.Min(i, s + MaxLength);
                for (var e = s + 1; e < last; e++)
                {
                    key = (key << 16) | text[e];
                    table.Add(key, weight);
                }
            }
        }
    }

    private static ulong Pack(string term)
    {
        ulong key = 0;
        foreach (var c in term) key = (key << 16) | c;
        return key;
    }

    private static int LengthOf(ulong key) => key == 0 ? 0 : (64 - System.Numerics.BitOperations.LeadingZeroCount(key) + 15) / 16;

    private static string Decode(ulong key)
    {
        var n = LengthOf(key);
        return string.Create(n, key, static (chars, k) =>
        {
            for (var i = chars.Length - 1; i >= 0; i--, k >>= 16) chars[i] = (char)(k & 0xFFFF);
        });
    }

    /// <summary>Open-addressing ulong → int counts (0 is never a key: packed n-grams have a non-zero first unit).</summary>
    private sealed class NGramTable
    {
        public ulong[] Keys = new ulong[1 << 12];
        public int[] Values = new int[1 << 12];
        public int[] Used = new int[1 << 12];
        public int Count;
        private int _mask = (1 << 12) - 1;
        private int _shift = 64 - 12;

        public void Clear()
        {
            for (var u = 0; u < Count; u++)
            {
                Keys[Used[u]] = 0;
                Values[Used[u]] = 0;
            }
            Count = 0;
        }

        public void Add(ulong key, int weight)
        {
            var slot = SlotOf(key);
            while (true)
            {
                var k = Keys[slot];
                if (k == key)
                {
                    Values[slot] += weight;
                    return;
                }
                if (k == 0) break;
                slot = (slot + 1) & _mask;
            }
            Keys[slot] = key;
            Values[slot] = weight;
            Used[Count++] = slot;
            if (Count * 2 > Keys.Length) Grow();
        }

        public ref int Find(ulong key)
        {
            var slot = SlotOf(key);
            while (true)
            {
                var k = Keys[slot];
                if (k == key) return ref Values[slot];
                if (k == 0) return ref System.Runtime.CompilerServices.Unsafe.NullRef<int>();
                slot = (slot + 1) & _mask;
            }
        }

        private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

        private void Grow()
        {
            var oldKeys = Keys;
            var oldValues = Values;
            var oldUsed = Used;
            var oldCount = Count;
            Keys = new ulong[oldKeys.Length * 2];
            Values = new int[oldKeys.Length * 2];
            Used = new int[oldKeys.Length * 2];
            _mask = Keys.Length - 1;
            _shift--;
            Count = 0;
            for (var u = 0; u < oldCount; u++)
            {
                var key = oldKeys[oldUsed[u]];
                var slot = SlotOf(key);
                while (Keys[slot] != 0) slot = (slot + 1) & _mask;
                Keys[slot] = key;
                Values[slot] = oldValues[oldUsed[u]];
                Used[Count++] = slot;
            }
        }
    }
}
