using System.Diagnostics;
using System.Text;
using Platform.Cli.Load;

namespace Platform.Benchmarks.Pipeline;

/// <summary>Runs <c>platform load</c>'s <see cref="LoadRun"/> in this process and samples the platform at every window of finished bulletins.</summary>
public static class LoadDriver
{
    public const string Key = "bench-load-key-0123456789abcdef";

    public static async Task<(LoadReport Report, IReadOnlyList<CurvePoint> Curve)> RunAsync(
        Uri target, Uri events, BulletinGenerator generator, int bulletins, int concurrency, double? rate, Func<(long Resident, long Data)> sample)
    {
        // A closed loop (64 bulletins awaiting publication at most) so the store grows at the pipeline's pace.
        var settings = new LoadSettings(target, events, Key, bulletins, concurrency, rate, TimeSpan.FromMinutes(10), MaxPending: 64);
        using var http = LoadHttp.CreateClient(concurrency);
        var run = new LoadRun(settings, http);
        var curve = new List<CurvePoint>();
        var readings = new List<long>();
        var finished = 0;
        var clock = Stopwatch.StartNew();
        var readEvery = Math.Max(1, settings.WindowSize / ReadingsPerWindow);
        run.Log.Finished += _ =>
        {
            var count = Interlocked.Increment(ref finished);
            var windowEnd = count % settings.WindowSize == 0 || count == bulletins;
            if (count % readEvery != 0 && !windowEnd) return;
            var (resident, data) = sample();
            long median;
            lock (readings)
            {
                readings.Add(resident);
                if (!windowEnd) return;
                median = Median(readings);
                readings.Clear();
            }
            resident = median;
            lock (curve) curve.Add(new CurvePoint(count, clock.Elapsed.TotalSeconds, resident, data));
            Console.Error.WriteLine($"// {count} published, {count / clock.Elapsed.TotalSeconds:0.0}/s overall, RSS {resident / 1e6:0} MB, data {data / 1e6:0} MB");
        };
        var report = await run.ExecuteAsync(() => Encoding.UTF8.GetBytes(generator.Next()), CancellationToken.None).ConfigureAwait(false);
        return (report, curve);
    }

    private const int ReadingsPerWindow = 10;

    private static long Median(List<long> readings)
    {
        var sorted = readings.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    public static long DirectoryBytes(string directory) =>
        Directory.Exists(directory) ? new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Exists ? f.Length : 0) : 0;
}
