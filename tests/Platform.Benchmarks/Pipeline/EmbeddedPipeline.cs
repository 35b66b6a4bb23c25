using System.Text;
using Platform.Cli.Load;

namespace Platform.Benchmarks.Pipeline;

/// <summary>
/// The embedded platform (<c>platform run</c>: one process, in-memory bus, SQLite) under load, beside its ceiling
/// (<c>platform process</c> over the same bulletins) in the same run: sustained bulletins/s, the curve per 1,000
/// stored (throughput, resident memory, data directory), then push→published latency at half the measured rate.
/// Both sides are measured past the same warm-up bulletins (JIT tiering, pools, the thread pool's growth): the first
/// few hundred run at half the later rate, and a steady rate is what an operator sizes for. The warm-up's own rate
/// is reported too, as the rate from cold.
/// </summary>
public static class EmbeddedPipeline
{
    public sealed record Result(
        double ProcessPerSecond,
        double ProcessCpuMsPerBulletin,
        double PlatformCpuMsPerBulletin,
        int ProcessWarmUpFiles,
        int WarmUpBulletins,
        LoadReport? WarmUp,
        LoadReport Full,
        LoadReport HalfLoad,
        IReadOnlyList<CurvePoint> Curve,
        long InputBytes,
        long DataBytes);

    public static async Task<Result> RunAsync(int bulletins, int concurrency, int processFiles, int warmUp, int seed, IReadOnlyDictionary<string, string> settings)
    {
        var dir = Directory.CreateTempSubdirectory("pipeline-embedded-").FullName;
        try
        {
            warmUp = Math.Max(warmUp, 0);
            // One file at least: the ceiling always takes out platform process's start-up.
            var processWarmUp = Math.Max(warmUp, 1);
            var corpus = LoadCorpus.Seeds();
            var files = WriteFiles(new BulletinGenerator(corpus, seed), processWarmUp + Math.Min(processFiles, bulletins), Path.Combine(dir, "in"));
            Console.Error.WriteLine($"// platform process over {files.Count} generated bulletins, the first {processWarmUp} to warm up");
            var (processRate, processCpu) = await ProcessCeiling.MeasureAsync(files, processWarmUp, dir).ConfigureAwait(false);
            Console.Error.WriteLine($"// platform process: {processRate:0.0} bulletins/s, {processCpu:0.0} CPU ms per bulletin");

            var port = ChildProcess.FreePort();
            var address = new Uri($"http://127.0.0.1:{port}/");
            var data = Path.Combine(dir, "data");
            var environment = new Dictionary<string, string>(settings)
            {
                ["Platform__Fetch__ApiKeys"] = "bench=" + LoadDriver.Key,
                ["Platform__Fetch__RateLimitPerMinute"] = "100000000",
            };
            using var platform = new ChildProcess(BuiltPrograms.Cli, ["run", "--urls", address.ToString().TrimEnd('/'), "--data", data], environment, dir);
            await platform.WaitForReadyAsync(address, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
            // The same seed: the bulletins pushed are the files platform process just read, the warm-up first.
            var generator = new BulletinGenerator(corpus, seed);
            (long Resident, long Data) Sample() => (platform.ResidentBytes(), LoadDriver.DirectoryBytes(data));
            LoadReport? warm = null;
            if (warmUp > 0)
            {
                Console.Error.WriteLine($"// warm-up: {warmUp} bulletins");
                (warm, _) = await LoadDriver.RunAsync(address, address, generator, warmUp, concurrency, null, Sample).ConfigureAwait(false);
            }
            var cpuBefore = platform.CpuTime();
            var (full, curve) = await LoadDriver.RunAsync(address, address, generator, bulletins, concurrency, null, Sample).ConfigureAwait(false);
            var platformCpu = (platform.CpuTime() - cpuBefore).TotalMilliseconds / Math.Max(1, full.Published);
            var halfRate = Math.Max(0.5, full.BulletinsPerSecond / 2);
            var halfCount = (int)Math.Clamp(halfRate * 60, 50, 1000);
            Console.Error.WriteLine($"// half load: {halfCount} bulletins at {halfRate:0.0}/s");
            var (half, _) = await LoadDriver.RunAsync(address, address, generator, halfCount, concurrency, halfRate, Sample).ConfigureAwait(false);
            return new Result(processRate, processCpu, platformCpu, processWarmUp, warmUp, warm, full, half, curve,
                (warm?.BytesPushed ?? 0) + full.BytesPushed + half.BytesPushed, LoadDriver.DirectoryBytes(data));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static List<string> WriteFiles(BulletinGenerator generator, int count, string folder)
    {
        Directory.CreateDirectory(folder);
        return Enumerable.Range(0, count).Select(i =>
        {
            var path = Path.Combine(folder, $"{i:D5}.txt");
            File.WriteAllText(path, generator.Next(), new UTF8Encoding(false));
            return path;
        }).ToList();
    }
}
