using System.CommandLine;
using System.Text;
using System.Text.Json;

namespace Platform.Cli.Load;

/// <summary>
/// <c>platform load</c>: a load generator for sizing a deployment. Pushes distinct generated bulletins, follows the
/// event feed until each is published, and prints throughput, latency percentiles and errors by kind (or JSON).
/// Exit codes: 0 every bulletin published exactly once, 1 errors or unfinished or repeated events, 2 unusable arguments.
/// </summary>
public static class LoadCommand
{
    private const int Unusable = 2;

    public static Command Create()
    {
        var target = new Option<string>("--target") { Description = "Base URL of the fetch service (POST /v1/bulletins).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var events = new Option<string?>("--events") { Description = "Base URL of the publish service (GET /v1/events); default the target." };
        var key = new Option<string?>("--key") { Description = "API key of the pushing source (platform sources add, or Platform__Fetch__ApiKeys)." };
        var bulletins = new Option<int>("--bulletins") { Description = "How many bulletins to push.", DefaultValueFactory = _ => 1000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Pushes in flight at once.", DefaultValueFactory = _ => 16 };
        var from = new Option<string?>("--from") { Description = "Folder of bulletins whose paragraphs are recombined (default: the built-in seeds)." };
        var rate = new Option<double?>("--rate") { Description = "Pushes started per second (default: as fast as the concurrency allows)." };
        var nearDuplicates = new Option<double>("--near-duplicates") { Description = "Share (0-1) of bulletins that repeat an earlier one with one sentence changed.", DefaultValueFactory = _ => 0 };
        var seed = new Option<int?>("--seed") { Description = "Seed of the generator (default: random, so every run pushes new bulletins)." };
        var wait = new Option<int>("--wait") { Description = "Seconds to wait after the last push for the bulletins to be published.", DefaultValueFactory = _ => 300 };
        var maxPending = new Option<int?>("--max-pending") { Description = "Accepted bulletins awaiting publication at most before the next push waits (default: no bound)." };
        var window = new Option<int>("--window") { Description = "Bulletins per throughput window of the report.", DefaultValueFactory = _ => 1000 };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON document." };
        var command = new Command("load", "Push generated bulletins and measure throughput and push→published latency.")
        {
            target, events, key, bulletins, concurrency, from, rate, nearDuplicates, seed, wait, maxPending, window, json,
        };
        command.SetAction((r, ct) =>
        {
            var targetUri = BaseUri(r.GetValue(target));
            var eventsUri = r.GetValue(events) is { } e ? BaseUri(e) : targetUri;
            string? problem = (targetUri, eventsUri, r.GetValue(key)) switch
            {
                (null, _, _) => "--target must be an http(s) URL",
                (_, null, _) => "--events must be an http(s) URL",
                (_, _, null or "") => "--key is required",
                _ when r.GetValue(bulletins) < 1 => "--bulletins must be at least 1",
                _ when r.GetValue(concurrency) is < 1 or > 1024 => "--concurrency must be 1-1024",
                _ when r.GetValue(rate) is <= 0 => "--rate must be positive",
                _ when r.GetValue(nearDuplicates) is < 0 or > 1 => "--near-duplicates must be from 0 to 1",
                _ when r.GetValue(wait) < 0 => "--wait must not be negative",
                _ when r.GetValue(window) < 1 => "--window must be at least 1",
                _ when r.GetValue(maxPending) < 1 => "--max-pending must be at least 1",
                _ when r.GetValue(from) is { } f && !Directory.Exists(f) => $"--from folder '{r.GetValue(from)}' not found",
                _ => null,
            };
            if (problem is not null) return Task.FromResult(Fail(problem));
            var settings = new LoadSettings(targetUri!, eventsUri!, r.GetValue(key)!, r.GetValue(bulletins), r.GetValue(concurrency),
                r.GetValue(rate), TimeSpan.FromSeconds(r.GetValue(wait)), r.GetValue(window), r.GetValue(maxPending));
            return RunAsync(settings, r.GetValue(from), r.GetValue(nearDuplicates), r.GetValue(seed) ?? Random.Shared.Next(), r.GetValue(json), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(LoadSettings settings, string? from, double nearDuplicates, int seed, bool json, CancellationToken ct)
    {
        BulletinGenerator generator;
        try
        {
            generator = new BulletinGenerator(from is null ? LoadCorpus.Seeds() : LoadCorpus.FromFolder(from), seed, nearDuplicates);
        }
        catch (ArgumentException ex)
        {
            return Fail($"{from ?? "the built-in seeds"}: {ex.Message}");
        }
        using var http = LoadHttp.CreateClient(settings.Concurrency);
        var run = new LoadRun(settings, http);
        var finished = 0;
        run.Log.Finished += _ => Interlocked.Increment(ref finished);
        LoadReport report;
        try
        {
            report = await ProgressDisplay.ShowAsync(
                [new("pushed", settings.Bulletins, () => run.Pushed), new("published", settings.Bulletins, () => Volatile.Read(ref finished))],
                run.ExecuteAsync(() => Encoding.UTF8.GetBytes(generator.Next()), ct)).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            // The feed could not be read at all: nothing was measured.
            return Fail($"cannot read the event feed at {settings.Events}: {ex.Message}");
        }
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(report, LoadHttp.Json));
        }
        else
        {
            foreach (var line in LoadReportText.Lines(report)) Console.WriteLine(line);
        }
        return report.Clean ? 0 : 1;
    }

    private static Uri? BaseUri(string? text) =>
        Uri.TryCreate(text?.EndsWith('/') == true ? text : text + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static int Fail(string message)
    {
        Console.Error.WriteLine("error: " + message);
        return Unusable;
    }
}
