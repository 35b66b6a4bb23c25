using System.Text.Json;

namespace Platform.Cli.Tests;

public sealed class ProcessCommandTests
{
    private static readonly string Seeds = PlatformCli.Seeds;

    [Fact]
    public async Task Json_mode_prints_exactly_one_document_per_file_with_camel_case_fields()
    {
        var files = Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var (exit, stdout, stderr) = await PlatformCli.RunAsync(RepositoryRoot.Path, ["process", .. files, "--json"]);
        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files.Length, lines.Length);
        for (var i = 0; i < files.Length; i++)
        {
            var doc = JsonDocument.Parse(lines[i]).RootElement;
            Assert.Equal(Path.GetFileName(files[i]), doc.GetProperty("file").GetString());
            var article = doc.GetProperty("articles")[0];
            foreach (var field in new[] { "id", "bulletinId", "ordinal", "kind", "kicker", "title", "subtitle", "byline", "headings", "paragraphs", "text", "flags", "enrichment", "parserVersion" })
            {
                Assert.True(article.TryGetProperty(field, out _), $"{field} missing in {files[i]}");
            }
            Assert.True(article.GetProperty("byline").TryGetProperty("authors", out _));
            Assert.True(article.GetProperty("enrichment").GetProperty("regions").TryGetProperty("primary", out _));
        }
    }

    public static TheoryData<string> ExpectedFiles() => [.. ExpectedOutput.Names];

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public async Task Output_matches_the_expected_fixture(string name)
    {
        var (exit, stdout, stderr) = await PlatformCli.RunAsync(RepositoryRoot.Path, "process", Path.Combine(Seeds, name + ".txt"), "--json");
        Assert.True(exit == 0, stderr);
        var expected = ExpectedOutput.Load(name);
        var differences = ExpectedOutput.Differences(expected, JsonDocument.Parse(stdout).RootElement).ToArray();
        Assert.True(differences.Length == 0, string.Join("\n", differences));
    }

    [Fact]
    public async Task Unusable_file_gets_an_error_document_and_a_failing_exit_code_while_others_are_processed()
    {
        var dir = Directory.CreateTempSubdirectory("cli-bad-").FullName;
        var png = Path.Combine(dir, "picture.txt");
        await File.WriteAllBytesAsync(png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        var (exit, stdout, _) = await PlatformCli.RunAsync(dir, "process", png, Path.Combine(Seeds, Path.GetFileName(Directory.GetFiles(Seeds)[0])), "--json");
        Assert.Equal(1, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("urn:platform:problem:binary-body", JsonDocument.Parse(lines[0]).RootElement.GetProperty("error").GetProperty("type").GetString());
        Assert.True(JsonDocument.Parse(lines[1]).RootElement.GetProperty("articles").GetArrayLength() > 0);
        Directory.Delete(dir, true);
    }
}
