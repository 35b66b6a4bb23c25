using System.Buffers;

namespace Platform.Storage.Json;

/// <summary>A growing output buffer whose arrays come from <see cref="DocumentBuffers"/>, so a large document's are not kept.</summary>
internal sealed class DocumentBufferWriter(int initialCapacity = 16 * 1024) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = DocumentBuffers.Pool.Rent(initialCapacity);
    private int _written;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _written);
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public void Dispose()
    {
        DocumentBuffers.Pool.Return(_buffer);
        _buffer = [];
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed) return;
        var size = Math.Max((long)_written + needed, Math.Min(2L * _buffer.Length, Array.MaxLength));
        var grown = DocumentBuffers.Pool.Rent(checked((int)size));
        WrittenSpan.CopyTo(grown);
        DocumentBuffers.Pool.Return(_buffer);
        _buffer = grown;
    }
}
