using System.Reflection;
using System.Text.Json;

namespace Platform.Enrichment.Topics;

/// <summary>The versioned topic taxonomy (Topics/taxonomy.json, embedded): topics and their weighted terms.</summary>
public sealed record Taxonomy(string Version, double Threshold, IReadOnlyList<TaxonomyTopic> Topics)
{
    private const string ResourceName = "Platform.Enrichment.taxonomy.json";
    private static readonly Lazy<Taxonomy> Shared = new(() => Parse(ReadResource()));

    public static Taxonomy Default => Shared.Value;

    public static Taxonomy Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var topics = root.GetProperty("topics").EnumerateArray().Select(t => new TaxonomyTopic(
            t.GetProperty("id").GetString()!,
            t.GetProperty("label").GetString()!,
            t.GetProperty("terms").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal))).ToList();
        return new Taxonomy(root.GetProperty("version").GetString()!, root.GetProperty("threshold").GetDouble(), topics);
    }

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>One topic: stable id, Chinese label, and the terms that support it with their weights.</summary>
public sealed record TaxonomyTopic(string Id, string Label, IReadOnlyDictionary<string, double> Terms);
