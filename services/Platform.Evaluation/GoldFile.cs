using System.Text.Json;

namespace Platform.Evaluation;

/// <summary>
/// Reads a gold file: a JSON array of records <c>{"n", "date"?, "items": [...], "masthead"?: {...}}</c>, each item
/// <c>{"kind", "title"?, "kicker"?, "subtitle"?, "authors"?, "organization"?, "region"?, "accept"?: {"title": [...],
/// "authors": [[...]], "region": [...], "kind": [...]}}</c>. Other keys (url, notes, regionName, flags) are ignored.
/// Anything else is refused with the record and field it is in.
/// </summary>
public static class GoldFile
{
    public static IReadOnlyList<GoldRecord> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            throw new GoldFormatException($"The gold file is not valid JSON: {ex.Message}", ex);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array) throw new GoldFormatException("The gold file must be a JSON array of records.");
            return root.EnumerateArray().Select((record, index) => Record(record, $"record {index + 1}")).ToArray();
        }
    }

    private static GoldRecord Record(JsonElement record, string where)
    {
        if (record.ValueKind != JsonValueKind.Object) throw new GoldFormatException($"{where}: must be an object.");
        var n = Text(record, "n", where) ?? throw new GoldFormatException($"{where}: 'n' (the document name) is required.");
        where = $"{where} ({n})";
        if (!record.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            throw new GoldFormatException($"{where}: 'items' must be an array.");
        return new GoldRecord(
            n,
            Scalar(record, "date", where),
            items.EnumerateArray().Select((item, index) => Item(item, $"{where} item {index + 1}")).ToArray(),
            Masthead(record, where));
    }

    private static GoldItem Item(JsonElement item, string where)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new GoldFormatException($"{where}: must be an object.");
        var kind = Text(item, "kind", where) ?? throw new GoldFormatException($"{where}: 'kind' is required.");
        // The key's presence matters: absent = unknown (not checked), null or [] = no person byline (checked).
        IReadOnlyList<string>? authors = item.TryGetProperty("authors", out var a) ? (a.ValueKind == JsonValueKind.Null ? [] : Texts(a, $"{where} 'authors'")) : null;
        return new GoldItem(kind, Text(item, "kicker", where), Text(item, "title", where), Text(item, "subtitle", where), authors,
            Text(item, "organization", where), Text(item, "region", where), Accept(item, where));
    }

    private static GoldAlternatives Accept(JsonElement item, string where)
    {
        if (!item.TryGetProperty("accept", out var accept) || accept.ValueKind == JsonValueKind.Null) return GoldAlternatives.None;
        if (accept.ValueKind != JsonValueKind.Object) throw new GoldFormatException($"{where}: 'accept' must be an object.");
        IReadOnlyList<IReadOnlyList<string>> authorSets = List(accept, "authors", where) is { } sets
            ? sets.EnumerateArray().Select(set => Texts(set, $"{where} 'accept.authors'")).ToArray()
            : [];
        return new GoldAlternatives(
            List(accept, "title", where) is { } titles ? Texts(titles, $"{where} 'accept.title'") : [],
            authorSets,
            List(accept, "region", where) is { } regions ? Texts(regions, $"{where} 'accept.region'") : [],
            List(accept, "kind", where) is { } kinds ? Texts(kinds, $"{where} 'accept.kind'") : []);
    }

    private static IReadOnlyDictionary<string, string?>? Masthead(JsonElement record, string where)
    {
        if (!record.TryGetProperty("masthead", out var masthead) || masthead.ValueKind == JsonValueKind.Null) return null;
        if (masthead.ValueKind != JsonValueKind.Object) throw new GoldFormatException($"{where}: 'masthead' must be an object.");
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in masthead.EnumerateObject())
        {
            fields[field.Name] = PythonText.TryConvert(field.Value, out var text)
                ? text
                : throw new GoldFormatException($"{where}: masthead field '{field.Name}' must be text, an integer, a boolean or null.");
        }
        return fields;
    }

    private static JsonElement? List(JsonElement parent, string name, string where)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.Array ? value : throw new GoldFormatException($"{where}: 'accept.{name}' must be an array.");
    }

    private static string[] Texts(JsonElement array, string where)
    {
        if (array.ValueKind != JsonValueKind.Array) throw new GoldFormatException($"{where}: must be an array of strings.");
        return array.EnumerateArray()
            .Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : throw new GoldFormatException($"{where}: must be an array of strings."))
            .ToArray();
    }

    private static string? Text(JsonElement parent, string name, string where)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new GoldFormatException($"{where}: '{name}' must be a string.");
    }

    private static string? Scalar(JsonElement parent, string name, string where)
    {
        if (!parent.TryGetProperty(name, out var value)) return null;
        return PythonText.TryConvert(value, out var text) ? text : throw new GoldFormatException($"{where}: '{name}' must be text.");
    }
}
