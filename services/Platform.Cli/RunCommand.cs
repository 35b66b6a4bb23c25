using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.Contracts.Documents;
using Platform.Fetch;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Cli;

/// <summary><c>platform run</c>: the embedded platform; ingests files through fetch, then serves the API until Ctrl+C.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var ingest = new Option<string[]>("--ingest") { Description = "Files or directories of bulletins to ingest through the fetch stage.", AllowMultipleArgumentsPerToken = true };
        var urls = new Option<string>("--urls") { Description = "Where the HTTP API listens.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var data = new Option<string?>("--data") { Description = "Directory of the SQLite store (default ./data)." };
        var exit = new Option<bool>("--exit-when-done") { Description = "Stop after the ingested bulletins are processed instead of serving." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for each bulletin to be processed.", DefaultValueFactory = _ => 120 };
        var concurrency = new Option<int>("--concurrency") { Description = "Files ingested at once.", DefaultValueFactory = _ => 8 };
        var command = new Command("run", "Run all four stages in one process (in-memory transport, SQLite under ./data).") { ingest, urls, data, exit, timeout, concurrency };
        command.SetAction((result, ct) => RunAsync(result.GetValue(ingest) ?? [], result.GetValue(urls)!, result.GetValue(data), result.GetValue(exit),
            result.GetValue(timeout), result.GetValue(concurrency), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, string urls, string? data, bool exitWhenDone, int timeoutSeconds, int concurrency, CancellationToken ct)
    {
        if (concurrency is < 1 or > 256)
        {
            await Console.Error.WriteLineAsync("error: --concurrency must be 1-256").ConfigureAwait(false);
            return 2;
        }
        var files = InputFiles.Expand(inputs);
        var missing = files.Where(f => !File.Exists(f)).ToArray();
        if (missing.Length > 0)
        {
            await Console.Error.WriteLineAsync($"error: not found: {string.Join(", ", missing)}").ConfigureAwait(false);
            return 2;
        }
        await using var app = EmbeddedPlatform.Build(urls, data, quiet: true);
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            // Settings are validated when the host starts: name every bad one and stop, as the service hosts do.
            await Console.Error.WriteLineAsync($"error: invalid configuration: {string.Join(" ", ex.Failures)}").ConfigureAwait(false);
            return 2;
        }
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await app.Services.GetRequiredService<StoreReadiness>().WhenInitialized.WaitAsync(TimeSpan.FromSeconds(60), ct).ConfigureAwait(false);
        var intake = app.Services.GetRequiredService<BulletinIntake>();
        var clock = Stopwatch.StartNew();
        var summary = new RunSummary();
        if (files.Count > 0)
        {
            var folder = new FolderIngest(intake, store, concurrency, TimeSpan.FromSeconds(timeoutSeconds));
            var results = await ProgressDisplay.ShowAsync(
                [new("ingested", files.Count, () => folder.Ingested), new("processed", files.Count, () => folder.Finished)],
                folder.RunAsync(files, ct)).ConfigureAwait(false);
            // Reported in file order once all are done, so the lines do not cut through the progress bars.
            foreach (var result in results) summary.Add(result);
        }
        if (files.Count > 0) Console.WriteLine(summary.Final(clock.Elapsed));
        if (exitWhenDone)
        {
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return summary.Failed > 0 ? 1 : 0;
        }
        Console.WriteLine($"Serving the console at {urls}/ and the API (GET /v1/articles, /v1/events, /health/ready). Ctrl+C to stop.");
        await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Counts and the one-line reports printed by <c>run</c>.</summary>
    private sealed class RunSummary
    {
        public int Published { get; private set; }
        public int Duplicates { get; private set; }
        public int Rejected { get; private set; }
        public int Failed { get; private set; }
        public int Refused { get; private set; }
        public int Items { get; private set; }
        private readonly Dictionary<ArticleKind, int> _kinds = [];

        public void Add(FolderIngest.FileResult result)
        {
            var (file, outcome, bulletin, articles, elapsed) = result;
            var name = Path.GetFileName(file);
            if (outcome.Status == IngestStatus.Rejected)
            {
                Refused++;
                Console.WriteLine($"✗ {name}: refused ({outcome.Failure!.Title}: {outcome.Failure.Detail})");
                return;
            }
            var dup = outcome.Status == IngestStatus.Duplicate ? " (already stored)" : "";
            if (outcome.Status == IngestStatus.Duplicate) Duplicates++;
            if (bulletin?.Status == PipelineStatus.Rejected)
            {
                Rejected++;
                Console.WriteLine($"✗ {name} → {outcome.BulletinId}{dup} rejected: {bulletin.RejectReason}");
                return;
            }
            if (bulletin?.Status != PipelineStatus.Published)
            {
                Failed++;
                Console.WriteLine($"? {name} → {outcome.BulletinId}{dup} not published in time (status {WireNames.Of(bulletin?.Status ?? PipelineStatus.Received)})");
                return;
            }
            Published++;
            Items += articles.Count;
            foreach (var group in articles.GroupBy(a => a.Kind)) _kinds[group.Key] = _kinds.GetValueOrDefault(group.Key) + group.Count();
            var kinds = string.Join(", ", articles.GroupBy(a => a.Kind).Select(g => $"{g.Count()} {WireNames.Of(g.Key)}"));
            var regions = articles.Count(a => a.Enrichment?.Regions.Primary is not null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"✓ {name} → {outcome.BulletinId}{dup} published: {articles.Count} items ({kinds}), {regions} with a region, {elapsed.TotalSeconds:0.00}s"));
        }

        public string Final(TimeSpan elapsed)
        {
            var kinds = string.Join(", ", _kinds.OrderBy(k => k.Key).Select(k => $"{k.Value} {WireNames.Of(k.Key)}"));
            return string.Create(CultureInfo.InvariantCulture,
                $"Done: {Published} bulletins published ({Duplicates} already stored), {Items} items ({kinds}), {Rejected} rejected, {Refused} refused, {Failed} unfinished in {elapsed.TotalSeconds:0.00}s.");
        }
    }
}
