using System.Text.Json;

namespace Platform.Cli.Tests;

/// <summary>
/// <c>platform eval</c> agrees with the corpus's reference scorer (tools/score_corpus.py) on the corpus: the scorer
/// reads <c>platform process --json</c> output, eval processes the same files itself, and every overall figure must be
/// within 0.01. Python runs only here, in the test; the product never calls it.
/// </summary>
public sealed class EvalCorpusAgreementTests
{
    // Prints the reference scorer's totals as JSON instead of its text summary.
    private const string ReferenceTotals = """
        import json, sys
        sys.path.insert(0, sys.argv[1])
        from score_corpus import score, load_outputs
        gold = json.load(open(sys.argv[2], encoding="utf-8"))
        f1, tot = score(gold, load_outputs([sys.argv[3]]), out=lambda *_: None)
        print(json.dumps(tot))
        """;

    [CorpusTheory]
    [InlineData("gold-a.json")]
    [InlineData("gold-b.json")]
    public async Task Every_overall_figure_agrees_with_the_reference_scorer(string goldFile)
    {
        var corpus = RepositoryRoot.Shared("corpus")!;
        var docs = Path.Combine(corpus, "docs");
        var gold = Path.Combine(corpus, goldFile);
        var (processExit, output, processErr) = await PlatformCli.RunAsync(RepositoryRoot.Path, "process", docs, "--json");
        Assert.True(processExit is 0 or 1, processErr);
        var outputFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(outputFile, output);
            var reference = JsonDocument.Parse(await PythonAsync(ReferenceTotals, Path.Combine(corpus, "tools"), gold, outputFile)).RootElement;
            var (evalExit, evalOut, evalErr) = await PlatformCli.RunAsync(RepositoryRoot.Path, "eval", "--gold", gold, "--docs", docs, "--json");
            Assert.True(evalExit == 0, evalErr);
            var ours = JsonDocument.Parse(evalOut).RootElement;

            int g = reference.GetProperty("g").GetInt32(), p = reference.GetProperty("p").GetInt32(), m = reference.GetProperty("m").GetInt32();
            double recall = g > 0 ? (double)m / g : 0, precision = p > 0 ? (double)m / p : 0;
            var f1 = recall + precision > 0 ? 2 * recall * precision / (recall + precision) : 0;
            var items = ours.GetProperty("items");
            var context = $"reference g/p/m {g}/{p}/{m}, eval {items.GetProperty("gold")}/{items.GetProperty("predicted")}/{items.GetProperty("matched")}";
            Assert.True(Math.Abs(f1 - items.GetProperty("f1").GetDouble()) <= 0.01, $"F1: {context}");
            Assert.True(Math.Abs(recall - items.GetProperty("recall").GetDouble()) <= 0.01, $"recall: {context}");
            Assert.True(Math.Abs(precision - items.GetProperty("precision").GetDouble()) <= 0.01, $"precision: {context}");
            foreach (var (key, field) in new[] { ("title", "title"), ("auth", "authors"), ("org", "organization"), ("reg", "region") })
            {
                var counts = reference.GetProperty(key);
                double? expected = counts[1].GetInt32() > 0 ? (double)counts[0].GetInt32() / counts[1].GetInt32() : null;
                var accuracy = ours.GetProperty(field).GetProperty("accuracy");
                double? actual = accuracy.ValueKind == JsonValueKind.Null ? null : accuracy.GetDouble();
                Assert.True(expected is null ? actual is null : actual is { } a && Math.Abs(a - expected.Value) <= 0.01,
                    $"{field}: reference {counts[0]}/{counts[1]}, eval {ours.GetProperty(field).GetProperty("correct")}/{ours.GetProperty(field).GetProperty("total")}");
            }
        }
        finally
        {
            File.Delete(outputFile);
        }
    }

    private static async Task<string> PythonAsync(string script, params string[] args)
    {
        var (exit, stdout, stderr) = await PlatformCli.ProgramAsync("python3", RepositoryRoot.Path, ["-c", script, .. args]);
        Assert.True(exit == 0, stderr);
        return stdout;
    }
}
