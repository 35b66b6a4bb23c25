using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Platform.Contracts.Documents;
using Platform.Evaluation;

namespace Platform.Cli;

/// <summary>
/// <c>platform eval</c>: runs parse + enrich on every document a gold file names and scores the items against the
/// gold (item precision/recall/F1; exact title, authors, organization, region; masthead). Exit codes: 0 scored,
/// 1 item F1 below <c>--min-f1</c>, 2 unusable arguments or gold.
/// </summary>
public static class EvalCommand
{
    private const int Unusable = 2;

    public static Command Create()
    {
        var gold = new Option<string?>("--gold") { Description = "Gold file: a JSON array of labelled documents (see README, platform eval)." };
        var docs = new Option<string?>("--docs") { Description = "Folder holding <n>.txt (or <n>.*) for every gold record n." };
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON document (misses included)." };
        var minF1 = new Option<string?>("--min-f1") { Description = "Exit 1 when the overall item F1 is below this value (0..1)." };
        var showMisses = new Option<bool>("--show-misses") { Description = "List every miss under its document." };
        var rewrap = new Option<string?>("--rewrap")
        {
            Description = "Hard-wrap every document first, as narrow-column OCR does, at a width drawn per document from <min>-<max> characters.",
        };
        var rewrapSeed = new Option<int>("--rewrap-seed") { Description = "Seed of the per-document widths of --rewrap (default 0).", DefaultValueFactory = _ => 0 };
        var command = new Command("eval", "Score extraction on labelled documents against a gold file.") { gold, docs, json, minF1, showMisses, rewrap, rewrapSeed };
        // Unknown arguments are reported here with exit 2, so that exit 1 only ever means "below --min-f1".
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result => result.UnmatchedTokens.Count > 0
            ? Fail($"unexpected argument '{result.UnmatchedTokens[0]}'")
            : Run(result.GetValue(gold), result.GetValue(docs), result.GetValue(json), result.GetValue(minF1), result.GetValue(showMisses),
                result.GetValue(rewrap), result.GetValue(rewrapSeed)));
        return command;
    }

    private static int Run(string? goldPath, string? docsFolder, bool json, string? minF1Text, bool showMisses, string? rewrapText, int rewrapSeed)
    {
        if (goldPath is null) return Fail("--gold <gold.json> is required");
        if (docsFolder is null) return Fail("--docs <folder> is required");
        if (!File.Exists(goldPath)) return Fail($"gold file '{goldPath}' not found");
        if (!Directory.Exists(docsFolder)) return Fail($"documents folder '{docsFolder}' not found");
        double? minF1 = null;
        if (minF1Text is not null)
        {
            if (!double.TryParse(minF1Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1)
                return Fail($"--min-f1 must be a number from 0 to 1, not '{minF1Text}'");
            minF1 = value;
        }
        RewrapWidths? rewrap = null;
        if (rewrapText is not null)
        {
            if (!RewrapWidths.TryParse(rewrapText, out var widths, out var error)) return Fail(error!);
            rewrap = widths;
        }
        IReadOnlyList<GoldRecord> gold;
        try
        {
            gold = GoldFile.Parse(File.ReadAllText(goldPath));
        }
        catch (Exception ex) when (ex is GoldFormatException or IOException or UnauthorizedAccessException)
        {
            return Fail($"{goldPath}: {ex.Message}");
        }

        var report = ExtractionScorer.Score(gold, Predict(gold, docsFolder, rewrap, rewrapSeed));
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(report, DocumentJson.Indented));
        }
        else
        {
            foreach (var line in EvalReportText.Lines(report, showMisses)) Console.WriteLine(line);
        }
        if (minF1 is { } threshold && report.Items.F1 < threshold)
        {
            Console.Error.WriteLine($"item F1 {report.Items.F1:0.000} is below --min-f1 {threshold}");
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// Processes the file of every gold record (each once), re-wrapped first when <paramref name="rewrap"/> is given;
    /// records without a file or with an unusable one are warned about and score no items.
    /// </summary>
    private static Dictionary<string, PredictedDocument> Predict(IReadOnlyList<GoldRecord> gold, string docsFolder, RewrapWidths? rewrap, int rewrapSeed)
    {
        var files = new GoldDocumentFiles(docsFolder);
        var processor = new BulletinProcessor(ConfiguredFormatLimits.Read());
        var outputs = new Dictionary<string, PredictedDocument>(StringComparer.Ordinal);
        foreach (var n in gold.Select(record => record.N).Distinct(StringComparer.Ordinal))
        {
            if (files.Find(n) is not { } path)
            {
                Console.Error.WriteLine($"warning: {n}: no file {n}.txt or {n}.* in '{docsFolder}'; its gold items count as missed");
                continue;
            }
            var name = Path.GetFileName(path);
            Func<string, string>? rewrite = rewrap is { } widths
                ? text => ColumnRewrap.Rewrap(text, ColumnRewrap.WidthFor(n, widths, rewrapSeed))
                : null;
            var processed = processor.ProcessFile(path, rewrite);
            if (processed.Failure is { } failure)
            {
                Console.Error.WriteLine($"warning: {name}: {failure.Detail} (urn:platform:problem:{failure.ProblemType}); its gold items count as missed");
                outputs[n] = PredictedDocument.Failed(name, failure.Detail);
                continue;
            }
            outputs[n] = PredictedDocument.From(name, processed.Bulletin!, processed.Articles);
        }
        return outputs;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("error: " + message);
        return Unusable;
    }
}
