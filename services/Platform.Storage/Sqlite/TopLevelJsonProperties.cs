using System.Text.Json;

namespace Platform.Storage.Sqlite;

/// <summary>Where each top-level property of a JSON object is in its UTF-8 bytes, found without reading the values.</summary>
internal static class TopLevelJsonProperties
{
    /// <summary>Each top-level property's name and the byte range from its name's opening quote to the end of its value; null when <paramref name="document"/> is not one JSON object.</summary>
    public static List<(string Name, int Start, int End)>? Of(ReadOnlySpan<byte> document)
    {
        var reader = new Utf8JsonReader(document);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            var properties = new List<(string, int, int)>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var start = (int)reader.TokenStartIndex;
                var name = reader.GetString()!;
                reader.Read();
                reader.Skip();
                properties.Add((name, start, (int)reader.BytesConsumed));
            }
            return reader.TokenType == JsonTokenType.EndObject ? properties : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
