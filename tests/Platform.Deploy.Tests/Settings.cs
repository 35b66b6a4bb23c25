using System.Text.RegularExpressions;
using System.Xml.Linq;
using Platform.Cli;
using Platform.Hosting.Configuration;

namespace Platform.Deploy.Tests;

/// <summary>What the services read, from every module's settings (the CLI's config command lists them): the only names a deploy file may set.</summary>
internal static partial class Settings
{
    public static IReadOnlySet<string> EnvironmentVariables { get; } =
        ConfigCommand.Settings.Select(k => k.EnvironmentVariable)
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

    /// <summary>Properties of the modules' options whose XML doc calls them secret (so a new secret setting is not missed here).</summary>
    public static IEnumerable<string> DocumentedAsSecret()
    {
        foreach (var module in new[] { "Platform.Hosting", "Platform.Fetch", "Platform.Publish" })
        {
            var xml = Path.Combine(AppContext.BaseDirectory, module + ".xml");
            Assert.True(File.Exists(xml), $"{module}.xml (XML docs) not next to the test assembly");
            foreach (var member in XDocument.Load(xml).Descendants("member").Where(m => m.Value.Contains("secret", StringComparison.OrdinalIgnoreCase)))
            {
                // "P:Platform.Fetch.Configuration.FetchOptions.ApiKeys" → "Platform__Fetch__ApiKeys"
                var match = OptionsProperty().Match((string?)member.Attribute("name") ?? "");
                if (match.Success) yield return $"Platform__{match.Groups[1].Value}__{match.Groups[2].Value}";
            }
        }
    }

    [GeneratedRegex(@"^P:Platform\.\w+\.Configuration\.(\w+)Options\.(\w+)$")]
    private static partial Regex OptionsProperty();
}
