using System.Buffers;

namespace Platform.Fetch.Push;

/// <summary>
/// Reads a body whole but never more than a limit, with one array of the body's size: a declared length is read
/// straight into its array; a chunked body into pooled chunks first, copied once when it ends. A MemoryStream would
/// double its buffer as it grows and copy it again at the end (up to four times the body at the peak).
/// </summary>
public static class BoundedBody
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>The bytes of <paramref name="body"/>, or null when it holds more than <paramref name="max"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, long? declaredLength, long max, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (declaredLength > max) return null;
        return declaredLength is { } length ? await ReadDeclaredAsync(body, length, ct).ConfigureAwait(false) : await ReadChunkedAsync(body, max, ct).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadDeclaredAsync(Stream body, long length, CancellationToken ct)
    {
        var bytes = new byte[length];
        var filled = await body.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, ct).ConfigureAwait(false);
        if (filled < bytes.Length) throw new IOException($"The body ended after {filled} of its declared {length} bytes.");
        // A server enforces Content-Length; a stream handed over without one must not sneak past the limit.
        var probe = new byte[1];
        return await body.ReadAsync(probe, ct).ConfigureAwait(false) == 0 ? bytes : null;
    }

    private static async Task<byte[]?> ReadChunkedAsync(Stream body, long max, CancellationToken ct)
    {
        var chunks = new List<(byte[] Buffer, int Count)>();
        long total = 0;
        try
        {
            while (true)
            {
                var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
                var read = await body.ReadAtLeastAsync(chunk, chunk.Length, throwOnEndOfStream: false, ct).ConfigureAwait(false);
                chunks.Add((chunk, read));
                total += read;
                if (total > max) return null;
                if (read < chunk.Length) break;
            }
            var bytes = new byte[total];
            var offset = 0;
            foreach (var (buffer, count) in chunks)
            {
                buffer.AsSpan(0, count).CopyTo(bytes.AsSpan(offset));
                offset += count;
            }
            return bytes;
        }
        finally
        {
            foreach (var (buffer, _) in chunks) ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
