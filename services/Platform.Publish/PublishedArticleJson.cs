using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Platform.Contracts.Documents;
using Platform.Contracts.Public;

namespace Platform.Publish;

/// <summary>
/// The length and SHA-256 of an article event's UTF-8 JSON, written through a small reused buffer instead of into
/// one array of the whole JSON: at the maximum body an article's JSON is tens of MB, and truncation measures it
/// several times (issue 13 item 12).
/// </summary>
public static class PublishedArticleJson
{
    public static int Length(PublishedArticle payload) => Write(payload, null);

    public static string Sha256(PublishedArticle payload)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Write(payload, hash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static int Write(PublishedArticle payload, IncrementalHash? hash)
    {
        var sink = new Sink(hash);
        using (var writer = new Utf8JsonWriter(sink, new JsonWriterOptions { Encoder = DocumentJson.Options.Encoder, Indented = DocumentJson.Options.WriteIndented }))
        {
            JsonSerializer.Serialize(writer, payload, DocumentJson.Options);
        }
        return checked((int)sink.Written);
    }

    /// <summary>Counts (and hashes) what the writer flushes, handing it the same buffer again each time.</summary>
    private sealed class Sink(IncrementalHash? hash) : IBufferWriter<byte>
    {
        private byte[] _buffer = new byte[16 * 1024];
        private long _written;

        public long Written => _written;

        public void Advance(int count)
        {
            hash?.AppendData(_buffer, 0, count);
            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Buffer(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Buffer(sizeHint);

        private byte[] Buffer(int sizeHint)
        {
            if (sizeHint > _buffer.Length) _buffer = new byte[sizeHint];
            return _buffer;
        }
    }
}
