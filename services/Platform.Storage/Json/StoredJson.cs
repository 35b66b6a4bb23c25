using System.Text.Json;
using Platform.Contracts.Documents;

namespace Platform.Storage.Json;

/// <summary>
/// How stores write and read a document's JSON: the same bytes as <see cref="DocumentJson.Options"/>, written without
/// any buffer the shared pools would keep at the maximum body (<see cref="DocumentBuffers"/>,
/// <see cref="SegmentedStringConverter"/>).
/// </summary>
public static class StoredJson
{
    private static readonly JsonSerializerOptions Options = Create();

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = Options.Encoder,
        Indented = Options.WriteIndented,
        MaxDepth = Options.MaxDepth,
    };

    /// <summary>The UTF-8 JSON of <paramref name="value"/>, equal to <c>JsonSerializer.SerializeToUtf8Bytes(value, DocumentJson.Options)</c>.</summary>
    public static byte[] Serialize<T>(T value)
    {
        using var buffer = new DocumentBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, Options);
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize<T>(utf8Json, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(DocumentJson.Options);
        options.Converters.Add(new SegmentedStringConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
