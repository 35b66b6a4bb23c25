using System.CommandLine;
using Platform.Fetch.Configuration;
using Platform.Hosting.Configuration;
using Platform.Publish.Configuration;

namespace Platform.Cli;

/// <summary><c>platform config</c>: every setting with its environment variable and default (the README table is generated from it).</summary>
public static class ConfigCommand
{
    /// <summary>Every setting of every module, in the order of the README table: transport, store, publish, fetch, formats.</summary>
    public static IReadOnlyList<(string Key, string EnvironmentVariable, string? Default)> Settings { get; } =
    [
        .. ConfigurationKeys.For<TransportOptions>(),
        .. ConfigurationKeys.For<StoreOptions>(),
        .. ConfigurationKeys.For<PublishOptions>(),
        .. ConfigurationKeys.For<FetchOptions>(),
        .. ConfigurationKeys.For<FormatOptions>(),
    ];

    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print a Markdown table." };
        var command = new Command("config", "List every setting, its environment variable and default.") { markdown };
        command.SetAction(r =>
        {
            var md = r.GetValue(markdown);
            if (md)
            {
                Console.WriteLine("| Setting | Environment variable | Default |");
                Console.WriteLine("|---|---|---|");
            }
            foreach (var (key, env, value) in Settings)
            {
                Console.WriteLine(md ? $"| `{key}` | `{env}` | {(value is null ? "—" : $"`{value}`")} |" : $"{env}={value}");
            }
            return 0;
        });
        return command;
    }
}
