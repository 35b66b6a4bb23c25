using System.Text.Json;
using Platform.Contracts.Documents;

namespace Platform.Evaluation;

/// <summary>What extraction produced for one gold document.</summary>
/// <param name="File">The file that was processed.</param>
/// <param name="Items">Every extracted item in reading order (the scorer ignores kinds it does not score).</param>
/// <param name="Masthead">The bulletin's masthead fields by JSON name, in text form ("" for absent, null, 0).</param>
/// <param name="Error">Why the file could not be processed (it then has no items), or null.</param>
public sealed record PredictedDocument(string File, IReadOnlyList<PredictedItem> Items, IReadOnlyDictionary<string, string> Masthead, string? Error)
{
    public static PredictedDocument From(string file, Bulletin bulletin, IEnumerable<Article> articles) =>
        new(file, articles.Select(PredictedItem.From).ToArray(), MastheadFields(bulletin.Masthead), null);

    public static PredictedDocument Failed(string file, string error) =>
        new(file, [], new Dictionary<string, string>(), error);

    /// <summary>Field names and value forms as they appear in the bulletin JSON, which is what gold mastheads name.</summary>
    private static Dictionary<string, string> MastheadFields(Masthead? masthead)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (masthead is null) return fields;
        foreach (var field in JsonSerializer.SerializeToElement(masthead, DocumentJson.Options).EnumerateObject())
            fields[field.Name] = PythonText.OrEmpty(field.Value);
        return fields;
    }
}
