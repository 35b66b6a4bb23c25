namespace Platform.Enrichment.Gazetteer;

/// <summary>
/// The edges of a <see cref="NameTrie{T}"/>, (node, character) → child node, in one open-addressing table: a
/// lookup is one multiply and, nearly always, one slot read, where a dictionary reads a bucket and then an entry.
/// Matching reads an edge for almost every character of an article, so this is the trie's inner loop.
/// </summary>
/// <remarks>
/// A slot is one ulong, node (24 bits), character (16) and child (24), filled to at most three quarters: the
/// gazetteer's 75,000 edges take 1 MB instead of the 4 MB of 16-byte slots at half load. Each article reads
/// the table at random, and the other enrichers run between articles, so its size decides how much of it is
/// still cached: the regions enricher took twice its own time when it ran among the others.
/// </remarks>
internal sealed class TrieEdges
{
    /// <summary>Nodes and children are below this (24 bits; the all-ones node marks an empty slot).</summary>
    public const int MaxNodes = (1 << 24) - 1;

    private const ulong Empty = ulong.MaxValue;
    private ulong[] _slots = NewSlots(1 << 10);
    private int _count;
    private int _shift = 64 - 10;

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or 0 (the root is no child).</summary>
    public int Child(int node, char c)
    {
        var key = Key(node, c);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = SlotOf(key); ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot >> 24 == key) return (int)(slot & 0xFFFFFF);
            if (slot == Empty) return 0;
        }
    }

    /// <summary>Adds an edge that is not there yet.</summary>
    public void Add(int node, char c, int child)
    {
        if ((uint)node >= MaxNodes || (uint)child >= MaxNodes) throw new InvalidOperationException($"a trie holds at most {MaxNodes} nodes");
        if ((_count + 1) * 4 > _slots.Length * 3) Grow();
        Insert(_slots, Key(node, c), child);
        _count++;
    }

    private static ulong Key(int node, char c) => ((ulong)(uint)node << 16) | c;

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Insert(ulong[] slots, ulong key, int child)
    {
        var mask = slots.Length - 1;
        var i = SlotOf(key);
        while (slots[i] != Empty) i = (i + 1) & mask;
        slots[i] = (key << 24) | (uint)child;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = NewSlots(old.Length * 2);
        _shift--;
        foreach (var slot in old)
            if (slot != Empty) Insert(_slots, slot >> 24, (int)(slot & 0xFFFFFF));
    }

    private static ulong[] NewSlots(int length)
    {
        var slots = new ulong[length];
        Array.Fill(slots, Empty);
        return slots;
    }
}
