using System.Buffers;

namespace Platform.Storage.Json;

/// <summary>
/// Scratch arrays for documents being serialized and packed: pooled up to <see cref="MaxPooledLength"/>, allocated and
/// left to the GC above it. The shared pool keeps what it is given, per thread and per core, at any size; at the
/// maximum body a document's buffers are tens of MB, so every thread that once wrote one kept them, and under a
/// container's heap limit the next large document on another thread ran out of memory (issue 13 item 12).
/// </summary>
internal static class DocumentBuffers
{
    public const int MaxPooledLength = 1 << 20;

    /// <summary>Renting more than <see cref="MaxPooledLength"/> allocates a new array; returning one drops it.</summary>
    public static ArrayPool<byte> Pool { get; } = ArrayPool<byte>.Create(MaxPooledLength, maxArraysPerBucket: 64);
}
