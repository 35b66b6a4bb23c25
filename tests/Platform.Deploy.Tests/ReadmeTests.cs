using Platform.Cli;
using Platform.Hosting.Configuration;

namespace Platform.Deploy.Tests;

public sealed class ReadmeTests
{
    private const string Begin = "<!-- config:begin -->";
    private const string End = "<!-- config:end -->";

    [Theory]
    [InlineData("deploy/README.md")]
    [InlineData("README.md")]
    public void Configuration_table_is_the_current_output_of_platform_config_markdown(string file)
    {
        var readme = File.ReadAllText(Tools.PathOf(file.Split('/'))).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{file} needs {Begin} … {End}");
        var block = readme[(start + Begin.Length)..end].Trim('\n');

        Assert.True(block == GenerateTable().TrimEnd('\n'),
            $"{file} configuration table is stale: run deploy/update-readme-config.sh");
    }

    [Fact]
    public void Standard_settings_are_documented()
    {
        var readme = File.ReadAllText(Tools.PathOf("deploy", "README.md"));
        foreach (var (key, _) in ConfigurationKeys.Standard) Assert.Contains($"`{key}`", readme, StringComparison.Ordinal);
    }

    /// <summary>The CLI's own `config --markdown` output (the command, not a copy of its format).</summary>
    private static string GenerateTable()
    {
        lock (ConsoleLock.Instance)
        {
            var original = Console.Out;
            using var writer = new StringWriter();
            try
            {
                Console.SetOut(writer);
                var exit = ConfigCommand.Create().Parse(["--markdown"]).Invoke();
                Assert.Equal(0, exit);
            }
            finally
            {
                Console.SetOut(original);
            }
            return writer.ToString().ReplaceLineEndings("\n");
        }
    }

    private sealed class ConsoleLock
    {
        public static readonly object Instance = new();
    }
}
