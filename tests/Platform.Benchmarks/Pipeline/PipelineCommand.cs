using System.Globalization;
using System.Text.Json;
using Platform.Cli.Load;

namespace Platform.Benchmarks.Pipeline;

/// <summary>
/// The end-to-end benchmark (not BenchmarkDotNet: one long run per mode, each beside its ceiling in the same run).
/// <code>
/// dotnet run -c Release --project tests/Platform.Benchmarks -- pipeline embedded [--bulletins 3000] [--concurrency 16] [--process-files 1000] [--warm-up 300]
/// dotnet run -c Release --project tests/Platform.Benchmarks -- pipeline distributed [--bulletins 1000]   (needs PLATFORM_TEST_RABBITMQ_VHOST)
/// </code>
/// Options: --seed N, --json FILE (the whole result), --set Key=Value (environment of the platform processes, repeatable).
/// The curve to 20,000 stored is <c>pipeline embedded --bulletins 20000</c>. tests/Platform.Benchmarks/pipeline.sh builds and runs all three.
/// </summary>
public static class PipelineCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var mode = args.FirstOrDefault();
        int Int(string name, int fallback) => Value(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var settings = args.Select((a, i) => (a, i)).Where(x => x.a == "--set" && x.i + 1 < args.Length)
            .Select(x => args[x.i + 1].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);
        var seed = Int("--seed", Environment.TickCount);
        object result;
        switch (mode)
        {
            case "embedded":
                var embedded = await EmbeddedPipeline.RunAsync(Int("--bulletins", 3000), Int("--concurrency", 16), Int("--process-files", 1000), Int("--warm-up", 300), seed, settings).ConfigureAwait(false);
                Print(embedded);
                result = embedded;
                break;
            case "distributed":
                var vhost = Environment.GetEnvironmentVariable("PLATFORM_TEST_RABBITMQ_VHOST");
                if (string.IsNullOrEmpty(vhost))
                {
                    await Console.Error.WriteLineAsync("error: set PLATFORM_TEST_RABBITMQ_VHOST (eval \"$(bash tests/setup/rabbitmq.sh)\")").ConfigureAwait(false);
                    return 2;
                }
                var distributed = await DistributedPipeline.RunAsync(vhost, Int("--bulletins", 1000), Int("--concurrency", 16), seed, settings).ConfigureAwait(false);
                Print(distributed);
                result = distributed;
                break;
            default:
                await Console.Error.WriteLineAsync("usage: pipeline embedded|distributed [--bulletins N] [--concurrency C] [--process-files P] [--warm-up W] [--seed S] [--json FILE] [--set Key=Value]").ConfigureAwait(false);
                return 2;
        }
        if (Value(args, "--json") is { } path) await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, LoadHttp.Json)).ConfigureAwait(false);
        return 0;
    }

    private static void Print(EmbeddedPipeline.Result r)
    {
        var full = r.Full;
        var first = full.Windows.FirstOrDefault();
        var third = full.Windows.Count >= 3 ? full.Windows[2] : null;
        var at2000 = r.Curve.FirstOrDefault(p => p.Bulletins == 2000);
        var last = r.Curve.LastOrDefault();
        Header("embedded", "value", "target");
        Row($"platform process bulletins/s (ceiling, past {r.ProcessWarmUpFiles} files)", $"{r.ProcessPerSecond:0.0}", "");
        Row($"embedded sustained bulletins/s (past {r.WarmUpBulletins} warm-up bulletins)", $"{full.BulletinsPerSecond:0.0} ({full.Published} published, {full.ArticlesPublished} articles)", "");
        Row("embedded / process", $"{full.BulletinsPerSecond / r.ProcessPerSecond:0.00}", "≥ 0.5");
        if (r.WarmUp is { } warm)
        {
            var fromCold = (warm.Published + full.Published) / (warm.Seconds + full.Seconds);
            Row("from cold: warm-up bulletins/s; warm-up and run together / process", $"{warm.BulletinsPerSecond:0.0}; {fromCold / r.ProcessPerSecond:0.00}", "");
        }
        Row("CPU ms per bulletin: embedded platform / platform process", $"{r.PlatformCpuMsPerBulletin:0.0} / {r.ProcessCpuMsPerBulletin:0.0} = {r.PlatformCpuMsPerBulletin / r.ProcessCpuMsPerBulletin:0.00}", "");
        if (first is not null && third is not null) Row("window 2,000–3,000 / first 1,000", $"{third.BulletinsPerSecond:0.0} / {first.BulletinsPerSecond:0.0} = {third.BulletinsPerSecond / first.BulletinsPerSecond:0.00}", "≥ 0.85");
        Row("push→published at full load p50/p99 ms", $"{full.PublishLatencyMs.P50:0} / {full.PublishLatencyMs.P99:0}", "");
        Row($"push→published at half load ({r.HalfLoad.Pushed} at {full.BulletinsPerSecond / 2:0.0}/s) p50/p99 ms", $"{r.HalfLoad.PublishLatencyMs.P50:0} / {r.HalfLoad.PublishLatencyMs.P99:0}", "p99 < 1000");
        Row("data directory / input bytes", $"{r.DataBytes / 1e6:0.0} MB / {r.InputBytes / 1e6:0.0} MB = {(double)r.DataBytes / r.InputBytes:0.00}", "≤ 3");
        if (at2000 is not null && last is not null) Row($"RSS (median through the window) at {last.Bulletins} / at 2,000", $"{last.ResidentBytes / 1e6:0} MB / {at2000.ResidentBytes / 1e6:0} MB = {(double)last.ResidentBytes / at2000.ResidentBytes:0.00}", "≤ 1.2");
        Row("exactly once (clean run)", $"{full.Clean && r.HalfLoad.Clean && r.WarmUp?.Clean != false}", "true");
        Curve(full, r.Curve, r.WarmUpBulletins);
    }

    private static void Print(DistributedPipeline.Result r)
    {
        Header("distributed", "value", "target");
        Row("raw broker messages/s (quorum, persistent + confirms, consumed)", $"{r.BrokerMessagesPerSecond:0}", "");
        Row("queued messages per bulletin", $"{r.MessagesPerBulletin:0.0}", "");
        Row("broker-bound ceiling bulletins/s", $"{r.CeilingPerSecond:0.0}", "");
        Row("distributed sustained bulletins/s", $"{r.Report.BulletinsPerSecond:0.0} ({r.Report.Published} published)", "");
        Row("distributed / ceiling", $"{r.Report.BulletinsPerSecond / r.CeilingPerSecond:0.00}", "≥ 0.5");
        Row("push→published p50/p99 ms", $"{r.Report.PublishLatencyMs.P50:0} / {r.Report.PublishLatencyMs.P99:0}", "");
        Row("exactly once (clean run)", $"{r.Report.Clean}", "true");
        Curve(r.Report, r.Curve, 0);
    }

    private static void Curve(LoadReport report, IReadOnlyList<CurvePoint> curve, int storedBefore)
    {
        Console.WriteLine();
        Header(storedBefore > 0 ? $"published in the run ({storedBefore} stored before it)" : "stored (this run)", "bulletins/s in window", "RSS MB (window median)", "data MB", "data MB per 1,000");
        foreach (var point in curve)
        {
            var window = report.Windows.FirstOrDefault(w => w.To == point.Bulletins);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {point.Bulletins} | {window?.BulletinsPerSecond:0.0} | {point.ResidentBytes / 1e6:0} | {point.DataBytes / 1e6:0} | {point.DataBytes / 1e6 / (point.Bulletins / 1000.0):0.0} |"));
        }
    }

    /// <summary>A Markdown table's head: the column names and the separator line under them.</summary>
    private static void Header(params string[] columns)
    {
        Console.WriteLine($"| {string.Join(" | ", columns)} |");
        Console.WriteLine($"|{string.Concat(columns.Select(_ => "---|"))}");
    }

    private static void Row(string what, FormattableString value, string target) =>
        Console.WriteLine($"| {what} | {value.ToString(CultureInfo.InvariantCulture)} | {target} |");

    private static void Row(string what, string value, string target) => Console.WriteLine($"| {what} | {value} | {target} |");

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
