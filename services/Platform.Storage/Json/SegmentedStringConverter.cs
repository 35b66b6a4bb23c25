using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Storage.Json;

/// <summary>
/// Writes a long string value in segments and reads a long escaped one through an array of its own; the JSON and the
/// strings are exactly what the default string handling gives. That handling takes its scratch from the shared pools,
/// which keep it in the thread's slot: written whole, a string that needs any escape (an article's text has a line
/// break per paragraph) is escaped into an array six times its length, 48 MB at the maximum body; read, it is
/// unescaped into one as long as its JSON (issue 13 item 12).
/// </summary>
internal sealed class SegmentedStringConverter : JsonConverter<string>
{
    public const int SegmentLength = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // An escaped surrogate (\uD800-\uDFFF) may be unpaired, which UTF-8 cannot carry: the reader's own path keeps it.
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || !reader.ValueIsEscaped
            || reader.ValueSpan.Length <= SegmentLength || reader.ValueSpan.IndexOf("\\uD"u8) >= 0 || reader.ValueSpan.IndexOf("\\ud"u8) >= 0)
        {
            return reader.GetString();
        }
        var utf8 = new byte[reader.ValueSpan.Length];
        var length = reader.CopyString(utf8);
        return StrictUtf8.GetString(utf8, 0, length);
    }

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
