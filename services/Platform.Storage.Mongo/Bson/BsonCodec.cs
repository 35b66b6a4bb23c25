using System.Text;
using System.Text.Unicode;
using Platform.Storage.Mongo.Native;

namespace Platform.Storage.Mongo.Bson;

/// <summary>JSON text ↔ libbson documents. Input is checked for UTF-8 before libbson sees it.</summary>
internal static unsafe class BsonCodec
{
    /// <summary>MongoDB's maxBsonObjectSize: the largest document a server stores.</summary>
    public const int MaxDocumentSize = 16 * 1024 * 1024;

    /// <summary>Converts (relaxed or canonical) Extended JSON to BSON.</summary>
    /// <exception cref="StoreException">The text is not valid UTF-8 or not a JSON object libbson accepts.</exception>
    public static BsonDocumentHandle FromJson(ReadOnlySpan<byte> utf8Json)
    {
        if (!Utf8.IsValid(utf8Json))
        {
            throw new StoreException($"The JSON is not valid UTF-8 (first invalid byte at offset {InvalidUtf8Offset(utf8Json)}).");
        }
        BsonError error = default;
        IntPtr bson;
        fixed (byte* data = utf8Json)
        {
            // libbson reads until len; an empty span still needs a valid pointer.
            byte empty = 0;
            bson = LibBson.NewFromJson(data == null ? &empty : data, utf8Json.Length, &error);
        }
        if (bson == IntPtr.Zero)
        {
            // Domain here is libbson's (BSON_ERROR_JSON), not libmongoc's: its numbers mean other things.
            throw new StoreException($"libbson rejected the JSON (bson error domain {error.Domain}, code {error.Code}): {error.Text}");
        }
        return new BsonDocumentHandle(bson);
    }

    public static BsonDocumentHandle FromJson(string json) => FromJson(Encoding.UTF8.GetBytes(json));

    /// <summary>Canonical Extended JSON text of the document.</summary>
    public static string ToCanonicalJson(BsonHandle document) =>
        document.ReadCanonicalJson(static utf8 => Encoding.UTF8.GetString(utf8));

    /// <summary>Plain JSON (canonical wrappers unwrapped) of the document, as UTF-8.</summary>
    public static byte[] ToPlainJson(BsonHandle document) =>
        document.ReadCanonicalJson(static utf8 => ExtendedJson.ToPlain(utf8));

    private static int InvalidUtf8Offset(ReadOnlySpan<byte> utf8)
    {
        var buffer = new char[utf8.Length];
        Utf8.ToUtf16(utf8, buffer, out var bytesRead, out _, replaceInvalidSequences: false);
        return bytesRead;
    }
}
