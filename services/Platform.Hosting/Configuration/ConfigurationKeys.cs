using System.Globalization;
using System.Reflection;
using Platform.Contracts;

namespace Platform.Hosting.Configuration;

/// <summary>The settings of a section as configuration keys and environment variable names, with defaults.</summary>
public static class ConfigurationKeys
{
    /// <summary>Settings outside the <c>Platform</c> sections that the services also honour.</summary>
    public static IReadOnlyList<(string Key, string? Default)> Standard { get; } =
    [
        ("OTEL_EXPORTER_OTLP_ENDPOINT", null),
        ("OTEL_SERVICE_NAME", null),
        // Each host's appsettings.json sets Urls, which outranks ASPNETCORE_URLS: the variable that changes a port is Urls.
        ("Urls", null),
    ];

    /// <summary>(configuration key, environment variable, default) for every property of <typeparamref name="TOptions"/>.</summary>
    public static IReadOnlyList<(string Key, string EnvironmentVariable, string? Default)> For<TOptions>() where TOptions : ISettingsSection, new()
    {
        var list = new List<(string, string, string?)>();
        Walk(typeof(TOptions), new TOptions(), TOptions.Section, list);
        return list;
    }

    private static void Walk(Type type, object instance, string prefix, List<(string, string, string?)> list)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = $"{prefix}:{p.Name}";
            var value = p.GetValue(instance);
            if (p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>))
            {
                // A list is bound from numbered keys (Platform__Fetch__Feeds__0__Url): list the first element's settings.
                var element = p.PropertyType.GetGenericArguments()[0];
                Walk(element, Activator.CreateInstance(element)!, key + ":0", list);
                continue;
            }
            if (p.PropertyType.IsClass && p.PropertyType != typeof(string))
            {
                Walk(p.PropertyType, value!, key, list);
                continue;
            }
            var text = value switch
            {
                null => null,
                Enum e => WireNames.Of(e),
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            list.Add((key, key.Replace(":", "__", StringComparison.Ordinal), text));
        }
    }
}
