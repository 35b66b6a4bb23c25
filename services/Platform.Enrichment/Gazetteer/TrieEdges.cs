namespace Platform.Enrichment.Gazetteer;

/// <summary>
/// The edges of a <see cref="NameTrie{T}"/>, (node, character) → child node, in one open-addressing table: a
/// lookup is one multiply and, nearly always, one slot read, where a dictionary reads a bucket and then an entry.
/// Matching reads an edge for almost every character of an article, so this is the trie's inner loop.
/// </summary>
internal sealed class TrieEdges
{
    private const long Empty = -1;
    private Slot[] _slots = NewSlots(1 << 10);
    private int _count;
    private int _shift = 64 - 10;

    private struct Slot
    {
        public long Key;
        public int Child;
    }

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or 0 (the root is no child).</summary>
    public int Child(int node, char c)
    {
        var key = Key(node, c);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = SlotOf(key); ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Key == key) return slot.Child;
            if (slot.Key == Empty) return 0;
        }
    }

    /// <summary>Adds an edge that is not there yet.</summary>
    public void Add(int node, char c, int child)
    {
        if ((_count + 1) * 2 > _slots.Length) Grow();
        Insert(_slots, Key(node, c), child);
        _count++;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;

    private int SlotOf(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Insert(Slot[] slots, long key, int child)
    {
        var mask = slots.Length - 1;
        var i = SlotOf(key);
        while (slots[i].Key != Empty) i = (i + 1) & mask;
        slots[i] = new Slot { Key = key, Child = child };
    }

    private void Grow()
    {
        var old = _slots;
        _slots = NewSlots(old.Length * 2);
        _shift--;
        foreach (var slot in old)
            if (slot.Key != Empty) Insert(_slots, slot.Key, slot.Child);
    }

    private static Slot[] NewSlots(int length)
    {
        var slots = new Slot[length];
        Array.Fill(slots, new Slot { Key = Empty });
        return slots;
    }
}
