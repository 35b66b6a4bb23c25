using System.Text.Json;

namespace Platform.Cli.Tests;

/// <summary><c>platform eval</c> on the fixture in tests/fixtures/eval (see its README for the expected score).</summary>
public sealed class EvalCommandTests
{
    private static readonly string Gold = RepositoryRoot.Combine("tests", "fixtures", "eval", "gold.json");
    private static readonly string Docs = RepositoryRoot.Combine("tests", "fixtures", "eval", "docs");

    [Fact]
    public async Task Json_reports_items_fields_and_masthead_per_document_and_overall()
    {
        var (exit, stdout, stderr) = await PlatformCli.RunAsync(RepositoryRoot.Path, "eval", "--gold", Gold, "--docs", Docs, "--json");
        Assert.True(exit == 0, stderr);
        var report = JsonDocument.Parse(stdout).RootElement;

        var items = report.GetProperty("items");
        Assert.Equal((5, 3, 3), (items.GetProperty("gold").GetInt32(), items.GetProperty("predicted").GetInt32(), items.GetProperty("matched").GetInt32()));
        Assert.Equal((1.0, 0.6, 0.75), (items.GetProperty("precision").GetDouble(), items.GetProperty("recall").GetDouble(), Math.Round(items.GetProperty("f1").GetDouble(), 12)));
        foreach (var (field, total) in new[] { ("title", 3), ("authors", 3), ("organization", 2), ("region", 3) })
        {
            Assert.Equal((total, total), (report.GetProperty(field).GetProperty("correct").GetInt32(), report.GetProperty(field).GetProperty("total").GetInt32()));
        }

        var documents = report.GetProperty("documents").EnumerateArray().ToArray();
        Assert.Equal(["t-1", "t-2", "t-3"], documents.Select(d => d.GetProperty("n").GetString()));
        Assert.Equal(["t-1.txt", "t-2.html", null], documents.Select(d => d.GetProperty("file").GetString()));
        Assert.Equal(5, documents[0].GetProperty("masthead").GetProperty("correct").GetInt32());
        Assert.Equal(JsonValueKind.Null, documents[1].GetProperty("masthead").ValueKind);
        Assert.Equal("missed", documents[0].GetProperty("misses")[0].GetProperty("kind").GetString());
        Assert.Contains("t-3", stderr);
    }

    [Fact]
    public async Task Text_prints_a_line_per_document_the_misses_when_asked_and_the_overall_scores()
    {
        var (exit, stdout, stderr) = await PlatformCli.RunAsync(RepositoryRoot.Path, "eval", "--gold", Gold, "--docs", Docs, "--show-misses");
        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("t-1: items 2/3 (pred 2, P 1.00 R 0.67) title 2/2 authors 2/2 org 2/2 region 2/2 masthead 5/5", lines[0]);
        Assert.Equal("    miss: missed photo 周明", lines[1]);
        Assert.StartsWith("overall (2/3 documents with output, 5 gold items, 3 predicted): F1 0.75 (R 0.60 P 1.00)", lines[^1]);
    }

    [Theory]
    [InlineData("0.7", 0)]
    [InlineData("0.8", 1)]
    public async Task Min_f1_fails_the_run_only_below_the_threshold(string minF1, int expectedExit)
    {
        var (exit, _, stderr) = await PlatformCli.RunAsync(RepositoryRoot.Path, "eval", "--gold", Gold, "--docs", Docs, "--min-f1", minF1);
        Assert.True(exit == expectedExit, stderr);
        Assert.Equal(expectedExit == 1, stderr.Contains("below --min-f1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("16-30", "0")]
    [InlineData("12-14", "3")]
    public async Task Rewrap_hard_wraps_the_documents_and_extraction_scores_the_same(string widths, string seed)
    {
        var (exit, plain, stderr) = await PlatformCli.RunAsync(RepositoryRoot.Path, "eval", "--gold", Gold, "--docs", Docs, "--json");
        Assert.True(exit == 0, stderr);
        (exit, var rewrapped, stderr) = await PlatformCli.RunAsync(RepositoryRoot.Path, "eval", "--gold", Gold, "--docs", Docs, "--json",
            "--rewrap", widths, "--rewrap-seed", seed);
        Assert.True(exit == 0, stderr);
        Assert.Equal(Scores(plain), Scores(rewrapped));
    }

    private static string Scores(string json)
    {
        var report = JsonDocument.Parse(json).RootElement;
        return string.Join(" ", new[] { "items", "title", "authors", "organization", "region" }.Select(field => report.GetProperty(field).GetRawText()));
    }

    public static TheoryData<string[], string> Unusable() => new()
    {
        { ["--gold", "missing.json", "--docs", Docs], "gold file 'missing.json' not found" },
        { ["--gold", Gold, "--docs", "missing-folder"], "documents folder 'missing-folder' not found" },
        { ["--docs", Docs], "--gold <gold.json> is required" },
        { ["--gold", Gold, "--docs", Docs, "--min-f1", "high"], "--min-f1 must be a number from 0 to 1" },
        { ["--gold", Gold, "--docs", Docs, "--verbose"], "unexpected argument '--verbose'" },
        { ["--gold", Gold, "--docs", Docs, "--rewrap", "30-16"], "--rewrap widths must satisfy" },
        { ["--gold", Path.Combine(Docs, "t-1.txt"), "--docs", Docs], "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public async Task Unusable_arguments_or_gold_exit_2_with_a_clear_error(string[] args, string message)
    {
        var (exit, stdout, stderr) = await PlatformCli.RunAsync(RepositoryRoot.Path, ["eval", .. args]);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.Equal("", stdout);
    }
}
