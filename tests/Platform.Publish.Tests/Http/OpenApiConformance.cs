using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Publish.Tests.Http;

/// <summary>
/// Where a real answer and the OpenAPI document disagree: an undocumented status or media type, a property written but
/// not declared or declared as required but not written, a value of a type the schema does not allow. Problem details
/// are open by design (RFC 9457 extensions such as traceId and errors), so only their declared members are checked.
/// </summary>
public sealed class OpenApiConformance(JsonNode document)
{
    private const string ProblemMediaType = "application/problem+json";

    /// <summary>Every disagreement between <paramref name="response"/> and the document, empty when none.</summary>
    public IReadOnlyList<string> Check(CapturedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var errors = new List<string>();
        var declared = document["paths"]?[response.Template]?[response.Method.ToLowerInvariant()]?["responses"]?[response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (declared is null)
        {
            errors.Add($"status {response.Status} is not documented");
            return errors;
        }
        if (response.Body.Length == 0)
        {
            if (declared["content"] is JsonObject { Count: > 0 }) errors.Add("the document declares a body, none was written");
            return errors;
        }
        var mediaType = response.ContentType?.Split(';')[0].Trim() ?? "";
        if (declared["content"]?[mediaType]?["schema"] is not JsonObject schema)
        {
            errors.Add($"no {mediaType} body is documented for status {response.Status}");
            return errors;
        }
        using var body = JsonDocument.Parse(response.Body);
        Match(body.RootElement, schema, "$", mediaType == ProblemMediaType, errors);
        return errors;
    }

    private void Match(JsonElement value, JsonObject schema, string path, bool open, List<string> errors)
    {
        schema = Resolve(schema);
        if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray variants)
        {
            var candidates = variants.OfType<JsonObject>().Select(Resolve).ToList();
            if (value.ValueKind == JsonValueKind.Null && candidates.Any(c => Types(c).Contains("null"))) return;
            schema = candidates.FirstOrDefault(c => !Types(c).SequenceEqual(["null"])) ?? schema;
        }
        // An empty schema (a JsonElement such as an event's data) allows any value.
        if (!schema.Any(p => p.Key is "type" or "properties" or "items" or "enum" or "additionalProperties")) return;
        var allowed = Types(schema);
        var kind = KindOf(value);
        if (allowed.Count > 0 && !allowed.Contains(kind) && !(kind == "integer" && allowed.Contains("number")))
        {
            errors.Add($"{path} is {kind}, the document allows {string.Join(" or ", allowed)}");
            return;
        }
        if (schema["enum"] is JsonArray values && value.ValueKind == JsonValueKind.String && !values.Any(v => v?.GetValue<string>() == value.GetString()))
        {
            errors.Add($"{path} is '{value.GetString()}', not one of the documented values");
        }
        if (value.ValueKind == JsonValueKind.Array && schema["items"] is JsonObject items)
        {
            var i = 0;
            foreach (var element in value.EnumerateArray()) Match(element, items, $"{path}[{i++}]", open: false, errors);
        }
        if (value.ValueKind == JsonValueKind.Object) MatchObject(value, schema, path, open, errors);
    }

    private void MatchObject(JsonElement value, JsonObject schema, string path, bool open, List<string> errors)
    {
        if (schema["additionalProperties"] is JsonObject dictionary)
        {
            foreach (var entry in value.EnumerateObject()) Match(entry.Value, dictionary, $"{path}.{entry.Name}", open: false, errors);
            return;
        }
        var properties = schema["properties"] as JsonObject ?? [];
        foreach (var entry in value.EnumerateObject())
        {
            if (properties[entry.Name] is JsonObject property) Match(entry.Value, property, $"{path}.{entry.Name}", open: false, errors);
            else if (!open) errors.Add($"{path}.{entry.Name} is written but not documented");
        }
        foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
        {
            if (!value.TryGetProperty(required, out _)) errors.Add($"{path}.{required} is documented as required but not written");
        }
    }

    private JsonObject Resolve(JsonObject schema)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference["#/components/schemas/".Length..];
            schema = document["components"]?["schemas"]?[name] as JsonObject ?? throw new InvalidOperationException($"dangling {reference}");
        }
        return schema;
    }

    private static List<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => schema["properties"] is not null ? ["object"] : [],
    };

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
