namespace Platform.Hosting.Memory;

/// <summary>
/// Who may start work on a document under a process's budget of document characters: the decisions of
/// <see cref="DocumentMemoryBudget"/>, kept pure.
/// </summary>
public static class DocumentAdmission
{
    /// <summary>
    /// GC heap one character of a document costs in a host that works on it (tests/Platform.Benchmarks/RESULTS.md
    /// "Memory at the maximum push body"). Parsing the maximum text (3,990,000 characters) in-process takes 12.5 bytes
    /// per character and enriching its article 18-24; the hosts also load, deserialize, serialize and pack the document,
    /// and enrich ran out of its 512 MiB heap with two maximum bodies (about 8 million characters): some 50 bytes per
    /// character beside its own heap. Rounded up, so that a 512 MiB heap admits one maximum body at a time.
    /// </summary>
    public const long HeapBytesPerChar = 64;

    /// <summary>Heap a host needs besides the documents it works on: gazetteer, code, message buffers, the store's caches.</summary>
    public const long ReservedHeapBytes = 128L << 20;

    /// <summary>The budget when none is configured: what the GC heap limit holds beside the host's own needs, at least one character.</summary>
    public static long BudgetFor(long heapBytes) => Math.Max(1, (heapBytes - ReservedHeapBytes) / HeapBytesPerChar);

    /// <summary>
    /// What a document of <paramref name="chars"/> takes from the budget: nothing up to <paramref name="unmeteredChars"/>;
    /// above, its size, but at most the whole budget, so a document larger than the budget runs alone instead of never.
    /// </summary>
    public static long Units(long chars, long budget, long unmeteredChars) => chars <= unmeteredChars ? 0 : Math.Min(chars, budget);

    /// <summary>
    /// Whether a document asking for <paramref name="units"/> may start now. Unmetered documents always may; a metered one
    /// only if it fits beside the units in use and nobody is waiting ahead of it, so waiting documents are admitted in
    /// arrival order and a large one is not passed by a stream of smaller ones.
    /// </summary>
    public static bool Enters(long units, long inUse, long budget, bool othersWaiting) =>
        units == 0 || (!othersWaiting && inUse + units <= budget);
}
