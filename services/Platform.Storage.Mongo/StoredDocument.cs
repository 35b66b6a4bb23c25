using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Documents;

namespace Platform.Storage.Mongo;

/// <summary>
/// Turns a record into the JSON object stored for it, refusing what MongoDB cannot hold before
/// anything is sent: field names starting with '$' or containing '.', text that is not valid Unicode.
/// </summary>
internal static class StoredDocument
{
    public static JsonObject From<T>(T value, string collection, string id)
    {
        JsonNode? node;
        try
        {
            node = JsonSerializer.SerializeToNode(value, DocumentJson.Options);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"{collection} document '{id}' contains text that is not valid Unicode (a lone surrogate), so it cannot be stored as UTF-8: {e.Message}", e);
        }
        if (node is not JsonObject document)
        {
            throw new StoreException($"{collection} document '{id}' is not a JSON object.");
        }
        CheckFieldNames(document, collection, id, path: "");
        return document;
    }

    /// <summary>Reads a stored document back into its record; derived fields (_id, bands, UTC dates) are ignored.</summary>
    public static T Read<T>(JsonElement element) =>
        element.Deserialize<T>(DocumentJson.Options) ?? throw new StoreException($"A stored {typeof(T).Name} is null.");

    private static bool IsValidUnicode(JsonValue value)
    {
        string text;
        try
        {
            text = value.GetValue<string>();
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static void CheckFieldNames(JsonNode? node, string collection, string id, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var fieldPath = path.Length == 0 ? name : $"{path}/{name}";
                    if (name.StartsWith('$') || name.Contains('.', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal))
                    {
                        throw new StoreException(
                            $"{collection} document '{id}': field name '{fieldPath}' starts with '$' or contains '.' or NUL, which MongoDB does not store; nothing was written.");
                    }
                    CheckFieldNames(child, collection, id, fieldPath);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CheckFieldNames(array[i], collection, id, $"{path}/{i}");
                }
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String && !IsValidUnicode(value):
                throw new StoreException(
                    $"{collection} document '{id}': field '{path}' holds text that is not valid Unicode (a lone surrogate), which BSON's UTF-8 cannot hold; nothing was written.");
        }
    }
}
