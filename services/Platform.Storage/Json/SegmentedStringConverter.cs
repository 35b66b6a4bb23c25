using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Storage.Json;

/// <summary>
/// Writes a long string value in segments; the JSON is byte for byte what the default string handling writes. Written
/// whole, a string that needs any escape (an article's text has a line break per paragraph) is first escaped into one
/// array from the shared pool six times its length, which the pool then keeps: 48 MB at the maximum body (issue 13 item 12).
/// </summary>
internal sealed class SegmentedStringConverter : JsonConverter<string>
{
    public const int SegmentLength = 4096;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= SegmentLength)
        {
            writer.WriteStringValue(value);
            return;
        }
        var rest = value.AsSpan();
        while (rest.Length > SegmentLength)
        {
            // A surrogate pair stays in one segment.
            var length = char.IsHighSurrogate(rest[SegmentLength - 1]) ? SegmentLength - 1 : SegmentLength;
            writer.WriteStringValueSegment(rest[..length], isFinalSegment: false);
            rest = rest[length..];
        }
        writer.WriteStringValueSegment(rest, isFinalSegment: true);
    }
}
