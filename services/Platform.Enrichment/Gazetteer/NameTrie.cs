namespace Platform.Enrichment.Gazetteer;

/// <summary>
/// Character trie over many names, so matching an article costs one walk per position instead of
/// one comparison per name. Used for gazetteer names and taxonomy terms.
/// </summary>
public sealed class NameTrie<T>
{
    // Edges in one flat table keyed by (node, char): compact and fast for ~10k short CJK names.
    private readonly TrieEdges _edges = new();
    private readonly List<List<T>?> _values = [null];

    // Which nodes end a key, one bit each (9 KB for the gazetteer): most nodes a walk passes end none, and
    // reading their entry of the values list (600 KB, at random) would cost a cache miss each.
    private ulong[] _ends = new ulong[16];

    // "Starts a key", one bit per character: 8 KB that stay in the fastest cache while every character of an
    // article is tested.
    private readonly ulong[] _starts = new ulong[(char.MaxValue + 1) / 64];

    // The root's children in character order, found by rank in _starts; built on the first walk after an Add.
    private RootChildren? _rootChildren;

    // A filter over the first two characters of every key of two or more: most positions that start a key start
    // only a one-character one (or none longer), and are settled here without reading the large edge table.
    // False positives only cost that read, so the matches are exactly the trie's.
    private const int PairBits = 17;
    private readonly ulong[] _pairs = new ulong[(1 << PairBits) / 64];

    public int NodeCount => _values.Count;

    public void Add(string key, T value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var node = 0;
        foreach (var c in key)
        {
            var next = _edges.Child(node, c);
            if (next == 0)
            {
                next = _values.Count;
                _values.Add(null);
                _edges.Add(node, c, next);
                if (node == 0)
                {
                    _starts[c >> 6] |= 1UL << (c & 63);
                    _rootChildren = null;
                }
            }
            node = next;
        }
        if (key.Length > 1)
        {
            var pair = Pair(key[0], key[1]);
            _pairs[pair >> 6] |= 1UL << (pair & 63);
        }
        (_values[node] ??= []).Add(value);
        if (node >> 6 >= _ends.Length) Array.Resize(ref _ends, Math.Max(_ends.Length * 2, (node >> 6) + 1));
        _ends[node >> 6] |= 1UL << (node & 63);
    }

    private bool EndsKey(int node) => (_ends[node >> 6] & (1UL << (node & 63))) != 0;

    private static int Pair(char first, char second) =>
        (int)(((((ulong)first << 16) | second) * 0x9E3779B97F4A7C15UL) >> (64 - PairBits));

    private bool MayContinue(char first, char second)
    {
        var pair = Pair(first, second);
        return (_pairs[pair >> 6] & (1UL << (pair & 63))) != 0;
    }

    /// <summary>The longest key starting at <paramref name="start"/>: its length (0 when none) and values.</summary>
    public int LongestAt(string text, int start, out IReadOnlyList<T> values)
    {
        values = [];
        var length = 0;
        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            node = _edges.Child(node, text[i]);
            if (node == 0) break;
            if (EndsKey(node))
            {
                values = _values[node]!;
                length = i - start + 1;
            }
        }
        return length;
    }

    /// <summary>Every key starting at <paramref name="start"/>, shortest first.</summary>
    public void AllAt(string text, int start, List<(int Length, IReadOnlyList<T> Values)> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        if (start >= text.Length) return;
        var c = text[start];
        if (!StartsAnyKey(c)) return;
        var node = (_rootChildren ?? BuildRootChildren()).Child(_starts, c);
        if (EndsKey(node)) into.Add((1, _values[node]!));
        if (start + 1 >= text.Length || !MayContinue(text[start], text[start + 1])) return;
        for (var i = start + 1; i < text.Length; i++)
        {
            node = _edges.Child(node, text[i]);
            if (node == 0) return;
            if (EndsKey(node)) into.Add((i - start + 1, _values[node]!));
        }
    }

    private RootChildren BuildRootChildren()
    {
        var rankBase = new int[_starts.Length];
        var children = new List<int>();
        for (var w = 0; w < _starts.Length; w++)
        {
            rankBase[w] = children.Count;
            for (var bits = _starts[w]; bits != 0; bits &= bits - 1)
                children.Add(_edges.Child(0, (char)(w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits))));
        }
        var built = new RootChildren(rankBase, [.. children]);
        _rootChildren = built;
        return built;
    }

    // A 64K-entry table of the root's children would cost a cache line for nearly every distinct character an
    // article starts a name with (over 100 KB per article, mostly evicted by the other enrichers before the next
    // one); ranked, the children of the gazetteer's ~5,000 first characters take 20 KB and 4 KB of ranks.
    private sealed class RootChildren(int[] rankBase, int[] children)
    {
        public int Child(ulong[] starts, char c)
        {
            var word = c >> 6;
            var below = starts[word] & ((1UL << (c & 63)) - 1);
            return children[rankBase[word] + System.Numerics.BitOperations.PopCount(below)];
        }
    }

    /// <summary>True when some key starts with <paramref name="c"/>.</summary>
    public bool StartsAnyKey(char c) => (_starts[c >> 6] & (1UL << (c & 63))) != 0;
}
