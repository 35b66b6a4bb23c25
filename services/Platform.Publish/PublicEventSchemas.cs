using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using Platform.Contracts.Documents;
using Platform.Contracts.Public;

namespace Platform.Publish;

/// <summary>
/// JSON Schemas of the public event payloads, generated from the contract types with the same serializer options
/// the events are written with, so the published schema cannot disagree with the bytes on the wire.
/// <c>platform schema</c> writes them to contracts/schemas/; a test keeps the committed files equal to this output.
/// </summary>
public static class PublicEventSchemas
{
    /// <summary>File name (under contracts/schemas/) and payload type of every public schema.</summary>
    public static IReadOnlyList<(string FileName, Type Type, string Title)> All { get; } =
    [
        ("article.schema.json", typeof(PublishedArticle), "PublishedArticle: body of article.published and article.updated events"),
        ("bulletin-summary.schema.json", typeof(BulletinSummary), "BulletinSummary: body of bulletin.published and bulletin.rejected events"),
    ];

    // The document options accept numbers written as strings when reading (web defaults); the schema describes what
    // the platform writes, which is always a JSON number, so consumers get "integer" rather than "string or integer".
    private static readonly JsonSerializerOptions WireOptions = new(DocumentJson.Options) { NumberHandling = JsonNumberHandling.Strict };

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema document of <paramref name="type"/> as the text committed to the repository (LF, trailing newline).</summary>
    public static string Generate(Type type, string title)
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(WireOptions, type,
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        // Draft 2020-12 is what the exporter emits (type arrays for nullables); naming it lets validators pick the right rules.
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
        };
        foreach (var (key, value) in schema.AsObject().ToList())
        {
            schema.AsObject().Remove(key);
            root[key] = value;
        }
        return root.ToJsonString(Output).ReplaceLineEndings("\n") + "\n";
    }
}
