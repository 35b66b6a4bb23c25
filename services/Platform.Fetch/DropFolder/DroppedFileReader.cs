using Platform.Fetch.Push;

namespace Platform.Fetch.DropFolder;

/// <summary>
/// Reads a drop-folder file that <see cref="DroppedFile"/> let through, bounded on the opened handle: at most the body
/// limit (a file swapped for /dev/zero after the check is cut off there), and within a deadline (one swapped for a FIFO
/// would block the open or the read forever; the watcher moves on and the stuck read is abandoned).
/// </summary>
public static class DroppedFileReader
{
    /// <summary>The bytes, or the reason they could not be read.</summary>
    public static async Task<(byte[]? Bytes, string? Refusal)> ReadAsync(string path, long maxBytes, TimeSpan deadline, CancellationToken ct)
    {
        var read = Task.Run(async () =>
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            await using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            return await BoundedBody.ReadAsync(stream, null, maxBytes, ct).ConfigureAwait(false);
        }, ct);
        try
        {
            var bytes = await read.WaitAsync(deadline, ct).ConfigureAwait(false);
            return bytes is null ? (null, $"more than Platform:Fetch:MaxBodyBytes ({maxBytes} bytes) could be read") : (bytes, null);
        }
        catch (TimeoutException)
        {
            return (null, $"not read within {deadline.TotalSeconds:0} s (not a regular file?)");
        }
    }
}
