using System.Xml.Linq;
using Platform.Hosting.Configuration;

namespace Platform.Deploy.Tests;

/// <summary>What the services read, from <see cref="ConfigurationKeys"/>: the only names a deploy file may set.</summary>
internal static class Settings
{
    public static IReadOnlySet<string> EnvironmentVariables { get; } =
        ConfigurationKeys.All().Select(k => k.EnvironmentVariable)
            .Concat(ConfigurationKeys.Standard.Select(k => k.Key))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Settings that must come from a Secret or .env, never a literal in a manifest.</summary>
    public static IReadOnlySet<string> Secrets { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Platform__Transport__Password",
        "Platform__Store__MongoUri",
        "Platform__Fetch__ApiKeys",
        "Platform__Publish__AdminApiKeys",
    };

    /// <summary>Properties whose XML doc calls them secret (so a new secret setting is not missed here).</summary>
    public static IEnumerable<string> DocumentedAsSecret()
    {
        var xml = Path.Combine(AppContext.BaseDirectory, "Platform.Hosting.xml");
        Assert.True(File.Exists(xml), "Platform.Hosting.xml (XML docs) not next to the test assembly");
        var docs = XDocument.Load(xml).Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith("P:Platform.Hosting.Configuration.", StringComparison.Ordinal) == true)
            .Where(m => m.Value.Contains("secret", StringComparison.OrdinalIgnoreCase))
            .Select(m => ((string)m.Attribute("name")!)["P:Platform.Hosting.Configuration.".Length..]);
        foreach (var member in docs)
        {
            // "StoreOptions.MongoUri" → "Platform__Store__MongoUri"
            var parts = member.Split('.');
            yield return $"Platform__{parts[0].Replace("Options", "", StringComparison.Ordinal)}__{parts[1]}";
        }
    }
}
