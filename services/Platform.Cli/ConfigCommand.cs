using System.CommandLine;
using Platform.Hosting.Configuration;

namespace Platform.Cli;

/// <summary><c>platform config</c>: every setting with its environment variable and default (the README table is generated from it).</summary>
public static class ConfigCommand
{
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
            foreach (var (key, env, value) in ConfigurationKeys.All())
            {
                Console.WriteLine(md ? $"| `{key}` | `{env}` | {(value is null ? "—" : $"`{value}`")} |" : $"{env}={value}");
            }
            return 0;
        });
        return command;
    }
}
