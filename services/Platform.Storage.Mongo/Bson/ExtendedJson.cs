using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Storage.Mongo.Bson;

/// <summary>
/// Canonical Extended JSON on the way in and out of libbson. Going in, values whose BSON type a plain
/// JSON number or string cannot state (Int64, dates, binary, regular expressions) are written as
/// canonical wrappers. Coming out, libbson's canonical wrappers are unwrapped into the plain JSON that
/// System.Text.Json reads: exact integers, round-trip doubles, ISO dates and base64 binaries.
/// </summary>
internal static class ExtendedJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Int64(long value) => new() { ["$numberLong"] = value.ToString(CultureInfo.InvariantCulture) };

    public static JsonObject Date(DateTimeOffset value) =>
        new() { ["$date"] = Int64(value.ToUnixTimeMilliseconds()) };

    public static JsonObject Binary(byte[] bytes) =>
        new() { ["$binary"] = new JsonObject { ["base64"] = Convert.ToBase64String(bytes), ["subType"] = "00" } };

    public static JsonObject Regex(string pattern) =>
        new() { ["$regularExpression"] = new JsonObject { ["pattern"] = pattern, ["options"] = "" } };

    /// <summary>Rewrites libbson's canonical Extended JSON as plain JSON.</summary>
    public static byte[] ToPlain(ReadOnlySpan<byte> canonical)
    {
        var output = new ArrayBufferWriter<byte>(canonical.Length);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            var reader = new Utf8JsonReader(canonical, new JsonReaderOptions { MaxDepth = 256 });
            if (reader.Read())
            {
                WriteValue(ref reader, writer);
            }
        }
        return output.WrittenSpan.ToArray();
    }

    private static void WriteValue(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                if (!TryUnwrap(ref reader, writer))
                {
                    CopyObject(ref reader, writer);
                }
                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    WriteValue(ref reader, writer);
                }
                writer.WriteEndArray();
                break;
            case JsonTokenType.String:
                if (reader.ValueIsEscaped)
                {
                    writer.WriteStringValue(reader.GetString());
                }
                else
                {
                    writer.WriteStringValue(reader.ValueSpan);
                }
                break;
            case JsonTokenType.Number:
                writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                break;
            case JsonTokenType.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonTokenType.False:
                writer.WriteBooleanValue(false);
                break;
            case JsonTokenType.Null:
                writer.WriteNullValue();
                break;
            default:
                throw new JsonException($"Unexpected {reader.TokenType} in Extended JSON.");
        }
    }

    private static void CopyObject(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                writer.WritePropertyName(reader.GetString()!);
            }
            else
            {
                writer.WritePropertyName(reader.ValueSpan);
            }
            reader.Read();
            WriteValue(ref reader, writer);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes the plain form of a type wrapper; leaves the reader untouched when the object is not one.</summary>
    private static bool TryUnwrap(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        var probe = reader;
        if (!probe.Read() || probe.TokenType != JsonTokenType.PropertyName || probe.ValueSpan.IsEmpty || probe.ValueSpan[0] != (byte)'$')
        {
            return false;
        }
        var wrapper = probe.GetString();
        probe.Read();
        switch (wrapper)
        {
            case "$numberInt" or "$numberLong" when probe.TokenType == JsonTokenType.String:
                writer.WriteNumberValue(long.Parse(probe.ValueSpan, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                break;
            case "$numberDouble" when probe.TokenType == JsonTokenType.String:
                WriteDouble(probe.GetString()!, writer);
                break;
            case "$numberDecimal" or "$oid" or "$symbol" when probe.TokenType == JsonTokenType.String:
                writer.WriteStringValue(probe.GetString());
                break;
            case "$date" when probe.TokenType == JsonTokenType.StartObject:
                if (!TryReadWrappedInt64(ref probe, out var milliseconds))
                {
                    return false;
                }
                WriteDate(milliseconds, writer);
                break;
            case "$binary" when probe.TokenType == JsonTokenType.StartObject:
                if (!TryReadBinaryBase64(ref probe, out var base64))
                {
                    return false;
                }
                writer.WriteStringValue(base64);
                break;
            default:
                return false;
        }
        if (!probe.Read() || probe.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }
        reader = probe;
        return true;
    }

    private static void WriteDouble(string text, Utf8JsonWriter writer)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            // JSON has no Infinity or NaN; System.Text.Json reads these names from strings.
            writer.WriteStringValue(text);
        }
    }

    private static void WriteDate(long milliseconds, Utf8JsonWriter writer)
    {
        if (milliseconds is >= -62135596800000 and <= 253402300799999)
        {
            writer.WriteStringValue(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));
        }
        else
        {
            writer.WriteNumberValue(milliseconds);
        }
    }

    private static bool TryReadWrappedInt64(ref Utf8JsonReader reader, out long value)
    {
        value = 0;
        return reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("$numberLong"u8)
            && reader.Read() && reader.TokenType == JsonTokenType.String
            && long.TryParse(reader.ValueSpan, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            && reader.Read() && reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool TryReadBinaryBase64(ref Utf8JsonReader reader, out string base64)
    {
        base64 = string.Empty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isBase64 = reader.ValueTextEquals("base64"u8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return false;
            }
            if (isBase64)
            {
                base64 = reader.GetString()!;
            }
        }
        return reader.TokenType == JsonTokenType.EndObject && Base64.IsValid(base64);
    }
}
