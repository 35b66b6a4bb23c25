using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using Platform.Storage.Json;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Documents, event data and raw bodies are stored Brotli-compressed (a 4-byte length, then the Brotli stream):
/// article JSON shrinks about fivefold, which is what keeps the store within a few times its input. Columns written
/// before packing hold plain TEXT and are still read. Packing is deterministic, so equal JSON gives equal blobs
/// (the events table compares blobs to reference an article version instead of copying it).
/// </summary>
internal static class SqlitePacking
{
    // Quality 4 (SqlitePackingQuality.Small) packs about as small as the default's 11 at a small fraction of its cost for
    // documents of a few KB.
    private const int Window = 22;

    public static byte[] Pack(string text) => Pack(Encoding.UTF8.GetBytes(text));

    /// <remarks>
    /// Compresses into a scratch of the worst-case size and copies out only what was written. Small scratches are
    /// pooled; a large one is allocated and dropped (<see cref="DocumentBuffers"/>), since the shared pool would keep it.
    /// </remarks>
    public static byte[] Pack(ReadOnlySpan<byte> bytes, int quality = SqlitePackingQuality.Small)
    {
        var scratch = DocumentBuffers.Pool.Rent(4 + BrotliEncoder.GetMaxCompressedLength(bytes.Length));
        try
        {
            BinaryPrimitives.WriteInt32LittleEndian(scratch, bytes.Length);
            if (!BrotliEncoder.TryCompress(bytes, scratch.AsSpan(4), out var written, quality, Window))
            {
                throw new InvalidOperationException("Brotli compression failed.");
            }
            return scratch.AsSpan(0, 4 + written).ToArray();
        }
        finally
        {
            DocumentBuffers.Pool.Return(scratch);
        }
    }

    public static byte[] Unpack(ReadOnlySpan<byte> packed)
    {
        var bytes = new byte[UnpackedLength(packed)];
        Unpack(packed, bytes);
        return bytes;
    }

    /// <summary>The length of what <paramref name="packed"/> unpacks to.</summary>
    public static int UnpackedLength(ReadOnlySpan<byte> packed) => BinaryPrimitives.ReadInt32LittleEndian(packed);

    /// <summary>Unpacks into <paramref name="destination"/>, exactly <see cref="UnpackedLength"/> bytes long.</summary>
    public static void Unpack(ReadOnlySpan<byte> packed, Span<byte> destination)
    {
        if (!BrotliDecoder.TryDecompress(packed[4..], destination, out var written) || written != destination.Length)
        {
            throw new InvalidDataException("A packed column is corrupt.");
        }
    }

    /// <summary>The UTF-8 JSON of a document column, packed or (written before packing) plain text.</summary>
    public static byte[] ReadUtf8(SqliteDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(string) ? Encoding.UTF8.GetBytes(reader.GetString(ordinal)) : Unpack((byte[])reader.GetValue(ordinal));

    public static string ReadText(SqliteDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(string) ? reader.GetString(ordinal) : Encoding.UTF8.GetString(Unpack((byte[])reader.GetValue(ordinal)));

    /// <summary>SQL function doc_json(x): the JSON text of a document column, for json_extract in queries that need it.</summary>
    public static void RegisterFunctions(SqliteConnection connection) =>
        connection.CreateFunction("doc_json", (object? value) => value switch
        {
            byte[] blob => Encoding.UTF8.GetString(Unpack(blob)),
            _ => value as string,
        }, isDeterministic: true);
}
