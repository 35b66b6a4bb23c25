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

    // The root's edges by first character (0 = none): most text positions start no key and are rejected
    // by one array read instead of a hash lookup.
    private readonly int[] _root = new int[char.MaxValue + 1];

    // The same "starts a key" fact as one bit per character: 8 KB that stay in the fastest cache while every
    // character of an article is tested, where the 256 KB root table would miss it.
    private readonly ulong[] _starts = new ulong[(char.MaxValue + 1) / 64];

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
                    _root[c] = next;
                    _starts[c >> 6] |= 1UL << (c & 63);
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
    }

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
            if (_values[node] is { } found)
            {
                values = found;
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
        var node = _root[text[start]];
        if (node == 0) return;
        if (_values[node] is { } first) into.Add((1, first));
        if (start + 1 >= text.Length || !MayContinue(text[start], text[start + 1])) return;
        for (var i = start + 1; i < text.Length; i++)
        {
            node = _edges.Child(node, text[i]);
            if (node == 0) return;
            if (_values[node] is { } found) into.Add((i - start + 1, found));
        }
    }

    /// <summary>True when some key starts with <paramref name="c"/>.</summary>
    public bool StartsAnyKey(char c) => (_starts[c >> 6] & (1UL << (c & 63))) != 0;
}
